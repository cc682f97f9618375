"""CPython 3.12's output of the GIL lesson (src/scenarios/gil/source.ts) for the cases gil.test.ts checks:
every printed phrase as a sorted multiset (which worker prints first is the scheduler's choice), with the
timings (seconds and speed-ups, this machine's) replaced by '#': the counts are deterministic, the times
are compared as ratios in the test, not with this box's.

  ~/.pyenv/versions/3.12.1/bin/python3 scripts/gen-gil-expect.py
"""
import json, re, subprocess, sys

CASES = [
    {"name": "cpu-1", "work": "cpu", "workers": 1, "limit": 20000, "requests": 8, "latency": 0.2},
    {"name": "cpu-2", "work": "cpu", "workers": 2, "limit": 20000, "requests": 8, "latency": 0.2},
    {"name": "cpu-4", "work": "cpu", "workers": 4, "limit": 30000, "requests": 8, "latency": 0.2},
    {"name": "io-4", "work": "io", "workers": 4, "limit": 30000, "requests": 8, "latency": 0.05},
]

def source(c):
    args = [c["work"], str(c["workers"]), str(c["limit"]), str(c["requests"]), str(c["latency"]), "0", "en"]
    return subprocess.run(["npx", "tsx", "scripts/gil-source.ts", *args], check=True, capture_output=True, text=True).stdout

# Processes share stdout and print writes its text and its end separately, so two lines can interleave:
# the output is read as the phrases it prints, not as lines.
PHRASE = re.compile(r"work\(\d+, \d+\) (?:found \d+ primes|fetched \d+ pages)|\d+ threads?: [\d.]+s(?:, speedup [\d.]+x)?|\d+ processes: [\d.]+s, speedup [\d.]+x")

def phrases(text):
    return sorted(re.sub(r"\d+\.\d+", "#", p) for p in PHRASE.findall(text))

out = []
for c in CASES:
    r = subprocess.run([sys.executable, "-c", source(c)], capture_output=True, text=True, timeout=120, check=True)
    out.append({**c, "phrases": phrases(r.stdout)})
json.dump(out, open("src/scenarios/gil/testdata/cpython.json", "w"), ensure_ascii=False, indent=1)
print(json.dumps(out, ensure_ascii=False))
