"""CPython 3.12's output of the ticket lesson (src/scenarios/ticket/source.ts) for the cases
ticket.test.ts checks: what the sellers print, as a sorted multiset of phrases without the seller's name (which seller sells which ticket is the scheduler's choice), and whether the program
hung (the lesson as written deadlocks; CPython then waits for ever, so it is stopped).

  ~/.pyenv/versions/3.12.1/bin/python3 scripts/gen-ticket-expect.py
"""
import json, re, subprocess, sys

CASES = [
    {"name": "lock-on", "tickets": 3, "sellers": 2, "fixed": True, "lock": True},
    {"name": "lock-off", "tickets": 3, "sellers": 3, "fixed": True, "lock": False},
    {"name": "seed", "tickets": 3, "sellers": 2, "fixed": False, "lock": True},
]

def source(c):
    args = [str(c["tickets"]), str(c["sellers"]), "1" if c["fixed"] else "0", "1" if c["lock"] else "0", "en"]
    return subprocess.run(["npx", "tsx", "scripts/ticket-source.ts", *args], check=True, capture_output=True, text=True).stdout

out = []
for c in CASES:
    src = source(c)
    try:
        r = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True, timeout=8)
        text, hung = r.stdout, False
    except subprocess.TimeoutExpired as e:
        text, hung = (e.stdout or b"").decode(), True
    # Each print writes its text and its end separately, so two sellers' lines can interleave:
    # the prints are read as the phrases they print, not as lines.
    prints = sorted(re.findall(r"卖出一张，剩-?\d+ 张|no ticket!", text))
    out.append({**c, "prints": prints, "hung": hung})
json.dump(out, open("src/scenarios/ticket/testdata/cpython.json", "w"), ensure_ascii=False, indent=1)
print(json.dumps(out, ensure_ascii=False))
