"""CPython 3.12's output of the process lessons (processes, globals, process-queue: each
src/scenarios/<id>/source.ts) for the cases their tests check, written to
src/scenarios/<id>/testdata/cpython.json: the printed phrases as a sorted multiset (which
process prints first is the scheduler's choice; and a print writes its text and its end
separately, so two processes' lines can merge: phrases, not lines), with every pid replaced
by its rank among the run's pids (<pid0> is the smallest: the parent, forked first), since
pids differ from run to run.

  ~/.pyenv/versions/3.12.1/bin/python3 scripts/gen-procs-expect.py
"""
import json, re, subprocess, sys

CASES = {
    "processes": [
        {"name": "tutorial", "lang": "zh", "params": {"dance": 20, "song": 50}},
        {"name": "small", "lang": "en", "params": {"dance": 3, "song": 4}},
    ],
    "globals": [
        {"name": "default", "lang": "en", "params": {"workers": 2, "increments": 5, "sleep": 0.1}},
        {"name": "three", "lang": "zh", "params": {"workers": 3, "increments": 4, "sleep": 0.01}},
    ],
    "process-queue": [
        {"name": "tutorial", "lang": "zh", "params": {"count": 10, "produce": 0.5, "consume": 0.5}},
        {"name": "slow-consumer", "lang": "en", "params": {"count": 4, "produce": 0.05, "consume": 0.2}},
    ],
}

# What each lesson prints, one phrase each (written beside the cases: the test reads the VM's console with it).
PHRASES = {
    "processes": r"dancing  pid=\d+|song  pid=\d+|主进程ID\d+",
    "globals": r"Process-\d+ MainThread n=\d+|MainProcess Thread-\d+ \(work\) n=\d+|主进程 n=\d+",
    "process-queue": r"生产了\+{10}pid \d+  \d+|消费了-{10} pid \d+ \d+",
}

# Parts of a phrase the scheduler decides, replaced by "?" (which of the threads stored which n).
VARY = {"globals": r"(?<=MainProcess Thread-)\d+"}

PID = re.compile(r"(pid\s*=?\s*|主进程ID)(\d+)")

def normalise(text, lesson):
    lines = [re.sub(VARY[lesson], "?", l) if lesson in VARY else l for l in re.findall(PHRASES[lesson], text)]
    pids = sorted({int(m.group(2)) for l in lines for m in PID.finditer(l)})
    rank = {p: i for i, p in enumerate(pids)}
    return sorted(PID.sub(lambda m: f"{m.group(1)}<pid{rank[int(m.group(2))]}>", l) for l in lines)

def source(lesson, c):
    return subprocess.run(["npx", "tsx", "scripts/procs-source.ts", lesson, c["lang"], json.dumps(c["params"])], check=True, capture_output=True, text=True).stdout

for lesson, cases in CASES.items():
    out = []
    for c in cases:
        r = subprocess.run([sys.executable, "-c", source(lesson, c)], capture_output=True, text=True, timeout=60)
        out.append({**c, "status": r.returncode, "phrases": normalise(r.stdout, lesson)})
    with open(f"src/scenarios/{lesson}/testdata/cpython.json", "w") as f:
        json.dump({"phrases": PHRASES[lesson], "vary": VARY.get(lesson), "cases": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(lesson, [(c["name"], len(c["phrases"])) for c in out])
