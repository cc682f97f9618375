"""CPython 3.12's output of the sing/dance lesson (src/scenarios/sing-dance/source.ts) for the cases
sing-dance.test.ts checks: the printed words as a sorted multiset (which thread wakes first at each
tick is the scheduler's choice, and print writes its text and its end separately, so two threads'
lines can run together: `dancedance` then an empty line) and the wall time the program took, to one decimal.

  ~/.pyenv/versions/3.12.1/bin/python3 scripts/gen-sing-dance-expect.py
"""
import json, re, subprocess, sys, time

CASES = [
    {"name": "lesson", "threads": 2, "iterations": 50, "sleep": 0.1},
    {"name": "three", "threads": 3, "iterations": 5, "sleep": 0.2},
    {"name": "one", "threads": 1, "iterations": 4, "sleep": 0.25},
]

def source(c):
    args = [str(c["threads"]), str(c["iterations"]), str(c["sleep"]), "en"]
    return subprocess.run(["npx", "tsx", "scripts/sing-dance-source.ts", *args], check=True, capture_output=True, text=True).stdout

out = []
for c in CASES:
    src = source(c)
    t0 = time.monotonic()
    r = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True, timeout=60, check=True)
    elapsed = time.monotonic() - t0
    out.append({**c, "prints": sorted(re.findall(r"sing|dance", r.stdout)), "elapsed": round(elapsed, 1)})
json.dump(out, open("src/scenarios/sing-dance/testdata/cpython.json", "w"), ensure_ascii=False, indent=1)
print(json.dumps([{k: v for k, v in o.items() if k != "prints"} for o in out]))
