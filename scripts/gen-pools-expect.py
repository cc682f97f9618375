"""CPython 3.12's output of the pool lessons (thread-pool, pool, process-pool) for the cases their
tests check: every line printed, in CPython's order (the tests compare them as a multiset where
scheduling decides the order, and in order where the program fixes it), with pids written <pid>; and, for the process pools, the phrases each print printed.

  ~/.pyenv/versions/3.12.1/bin/python3 scripts/gen-pools-expect.py [scenario ...]
"""
import json, re, subprocess, sys

CASES = {
    "thread-pool": [
        {"name": "map seed 15", "params": {"urls": 3, "max_workers": 20, "seed": 15, "mode": "map"}},
        {"name": "as_completed seed 15", "params": {"urls": 3, "max_workers": 20, "seed": 15, "mode": "as_completed"}},
        {"name": "5 urls on 2 threads", "params": {"urls": 5, "max_workers": 2, "seed": 3, "mode": "map"}},
        {"name": "fixed 0.5 s, 4 urls on 2 threads", "params": {"urls": 4, "max_workers": 2, "latency": "fixed", "delay": 0.5, "mode": "map"}},
        {"name": "as in the lesson", "params": {"variant": "seed"}},
    ],
    "pool": [
        {"name": "apply_async seed 7", "params": {"mode": "apply_async", "processes": 3, "tasks": 10, "seed": 7}},
        {"name": "map seed 7", "params": {"mode": "map", "processes": 3, "tasks": 10, "seed": 7}},
        {"name": "join without close", "params": {"mode": "no-close", "processes": 3, "tasks": 4, "seed": 7}},
        {"name": "2 processes, 5 tasks, seed 1", "params": {"mode": "apply_async", "processes": 2, "tasks": 5, "seed": 1}},
        {"name": "as in the lesson", "params": {"variant": "seed"}},
    ],
    "process-pool": [
        {"name": "10 tasks on 3 seed 7", "params": {"max_workers": 3, "tasks": 10, "seed": 7}},
        {"name": "4 tasks on 2 seed 1", "params": {"max_workers": 2, "tasks": 4, "seed": 1}},
        {"name": "as in the lesson", "params": {"variant": "seed"}},
    ],
}

def source(sid, params, lang):
    return subprocess.run(["npx", "tsx", "scripts/pools-source.ts", sid, json.dumps(params), lang], check=True, capture_output=True, text=True).stdout

for sid in sys.argv[1:] or CASES:
    out = []
    for c in CASES[sid]:
        src = source(sid, c["params"], "en")
        # Unbuffered, as at a terminal: a pipe would hold a child's prints until it exits (and lose
        # them if it is terminated). Two processes can still interleave a text and its end: run again
        # until every line is one whole print.
        for attempt in range(8):
            r = subprocess.run([sys.executable, "-u", "-c", src], capture_output=True, text=True, timeout=60, cwd="/tmp")
            text = re.sub(r"进程ID \d+", "进程ID <pid>", r.stdout)
            lines = text.splitlines()
            phrases = re.findall(r"\d+ 开始执行，进程ID <pid>|\d+ 执行完毕花费 [0-9.e-]+ s|-+======(?:start|stop)=====-+", text)
            if sid == "thread-pool" or len(phrases) == len(lines):
                break
        err = r.stderr.strip().splitlines()[-1:] if r.stderr.strip() else []
        out.append({**c, "lines": lines, "phrases": phrases, "status": r.returncode, "error": err[0] if err else ""})
    path = f"src/scenarios/{sid}/testdata/cpython.json"
    subprocess.run(["mkdir", "-p", f"src/scenarios/{sid}/testdata"], check=True)
    json.dump(out, open(path, "w"), ensure_ascii=False, indent=1)
    print(path, json.dumps(out, ensure_ascii=False)[:600])
