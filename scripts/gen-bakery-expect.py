"""CPython 3.12's output of the bakery lesson (src/scenarios/bakery/source.ts) for the cases
bakery.test.ts checks: what the threads print, as a sorted multiset of phrases (with several
threads the order is the scheduler's) and, since print writes each argument, separator and end
separately, so several threads' lines can run into each other mid-phrase, also as the sorted
characters printed (whitespace left out), the breads bought in the order they were printed (one consumer: the
queue's order), and whether the program hung (an edited program whose consumer wants one bread
more than is made waits in q.get() for ever; CPython is then stopped).

  ~/.pyenv/versions/3.12.1/bin/python3 scripts/gen-bakery-expect.py
"""
import json, re, subprocess, sys

CASES = [
    {"name": "lesson", "shape": {}},
    {"name": "bounded", "shape": {"maxsize": 1, "produce": 0.05, "consume": 0.3, "count": 4}},
    {"name": "many", "shape": {"producers": 2, "consumers": 3, "count": 7, "produce": 0.05, "consume": 0.03, "maxsize": 2}},
    # An edited consumer wants four breads of three: it waits in get() for ever.
    {"name": "one-too-many", "shape": {"count": 3, "produce": 0.05, "consume": 0.03}, "edit": ["    for i in range(3):\n        time.sleep(0.03)", "    for i in range(4):\n        time.sleep(0.03)"]},
]
PHRASE = r"生产了面包  \d+|买到了面包 break\d+"

def source(c):
    src = subprocess.run(["npx", "tsx", "scripts/bakery-source.ts", json.dumps(c["shape"]), "en"], check=True, capture_output=True, text=True).stdout
    if "edit" in c:
        old, new = c["edit"]
        assert old in src, old
        src = src.replace(old, new)
    return src

out = []
for c in CASES:
    src = source(c)
    try:
        r = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True, timeout=20)
        text, hung = r.stdout, False
    except subprocess.TimeoutExpired as e:
        text, hung = (e.stdout or b"").decode(), True
    phrases = re.findall(PHRASE, text)
    bought = [p.split(" ")[1] for p in phrases if p.startswith("买到")]
    out.append({**c, "source": src, "prints": sorted(phrases), "chars": "".join(sorted(re.sub(r"\s", "", text))), "bought": bought, "hung": hung})
json.dump(out, open("src/scenarios/bakery/testdata/cpython.json", "w"), ensure_ascii=False, indent=1)
print(json.dumps([{k: v for k, v in o.items() if k not in ("source", "prints", "chars")} for o in out], ensure_ascii=False))
