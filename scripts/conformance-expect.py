#!/usr/bin/env python3
"""Regenerate or check the conformance suite's expectations with CPython 3.12.

Usage:
  python3 scripts/conformance-expect.py            # regenerate every expectation
  python3 scripts/conformance-expect.py --check    # verify checked-in expectations
  python3 scripts/conformance-expect.py [--check] [--runs N] [--jobs N] [PATH_OR_CATEGORY ...]

Each program is run --runs times (default 5); if the runs disagree the program is
reported NONDETERMINISTIC and nothing is written for it (exit status 1).
The interpreter is $PYTHON312 (default ~/.pyenv/versions/3.12.1/bin/python3).
See conformance/README.md for the layout and the normalisation rules.
No dependencies beyond the Python standard library.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import sysconfig
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SUITE = os.path.join(ROOT, "conformance")
PYTHON = os.environ.get("PYTHON312", os.path.expanduser("~/.pyenv/versions/3.12.1/bin/python3"))
TIMEOUT = 20.0          # seconds, ordinary programs
DEADLOCK_TIMEOUT = 2.5  # seconds, programs in conformance/deadlock/


def stdlib_dir():
    out = subprocess.run([PYTHON, "-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


ADDR = re.compile(r" at 0x[0-9a-fA-F]+")


def normalise(text, stdlib):
    text = text.replace(SUITE + os.sep, "<conformance>/")
    text = text.replace(stdlib + os.sep, "<stdlib>/")
    text = ADDR.sub(" at 0x\u2026", text)
    return text


def child_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.pop("PYTHONHASHSEED", None)
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["LC_ALL"] = "C.UTF-8"
    return env


def run_once(prog, stdlib):
    base = prog[:-3]
    deadlock = os.path.basename(os.path.dirname(prog)) == "deadlock"
    stdin_path = base + ".stdin"
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    try:
        p = subprocess.Popen([PYTHON, prog], cwd=os.path.dirname(prog), stdin=stdin,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=child_env(),
                             start_new_session=True)
        try:
            out, err = p.communicate(timeout=DEADLOCK_TIMEOUT if deadlock else TIMEOUT)
            status = p.returncode
            hung = False
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, 9)
            out, err = p.communicate()
            status = None
            hung = True
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    res = {
        "stdout": normalise(out.decode("utf-8", "replace"), stdlib),
        "stderr": normalise(err.decode("utf-8", "replace"), stdlib),
        "status": status,
        "hung": hung,
    }
    if deadlock:
        res["stderr"] = None  # unspecified for deadlocks (see README)
        res["status"] = None
    return res


def expected_files(prog, res):
    base = prog[:-3]
    if os.path.basename(os.path.dirname(prog)) == "deadlock":
        return {base + ".stdout": res["stdout"],
                base + ".deadlock": "The VM must report a deadlock and exit with status 3.\n"}
    return {base + ".stdout": res["stdout"], base + ".stderr": res["stderr"],
            base + ".status": "%d\n" % res["status"]}


def evaluate(prog, runs, stdlib):
    results = [run_once(prog, stdlib) for _ in range(runs)]
    first = results[0]
    problems = []
    deadlock = os.path.basename(os.path.dirname(prog)) == "deadlock"
    if any(r != first for r in results[1:]):
        problems.append("NONDETERMINISTIC")
    if deadlock and not first["hung"]:
        problems.append("expected to hang but finished")
    if not deadlock and first["hung"]:
        problems.append("TIMEOUT")
    return prog, first, problems


def needs(src):
    procs = bool(re.search(r"multiprocessing|ProcessPoolExecutor", src))
    threads = procs or bool(re.search(r"\bthreading\b|ThreadPoolExecutor|concurrent\.futures|_thread", src))
    return threads, procs


def manifest_text(progs):
    entries = []
    for prog in progs:
        rel = os.path.relpath(prog, SUITE)
        with open(prog, encoding="utf-8") as f:
            src = f.read()
        first = src.splitlines()[0] if src else ""
        threads, procs = needs(src)
        base = prog[:-3]
        entries.append({
            "path": rel.replace(os.sep, "/"),
            "category": rel.split(os.sep)[0],
            "description": first.lstrip("# ").strip(),
            "threads": threads,
            "processes": procs,
            "stdin": os.path.exists(base + ".stdin"),
            "deadlock": rel.split(os.sep)[0] == "deadlock",
        })
    return json.dumps({"generatedBy": "scripts/conformance-expect.py", "count": len(entries),
                       "programs": entries}, ensure_ascii=False, indent=1) + "\n"


MANIFEST = os.path.join(SUITE, "manifest.json")


def all_programs():
    progs = []
    for dirpath, _, files in os.walk(SUITE):
        for fn in files:
            if fn.endswith(".py"):
                progs.append(os.path.join(dirpath, fn))
    return sorted(progs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("only", nargs="*")
    a = ap.parse_args()
    progs = all_programs()
    if a.only:
        sel = [os.path.abspath(p) for p in a.only]
        progs = [p for p in progs if any(p == s or p.startswith(s.rstrip(os.sep) + os.sep)
                                         or os.path.relpath(p, SUITE).split(os.sep)[0] == o
                                         for s, o in zip(sel, a.only))]
    stdlib = stdlib_dir()
    bad = 0
    with ThreadPoolExecutor(a.jobs) as ex:
        for prog, res, problems in ex.map(lambda p: evaluate(p, a.runs, stdlib), progs):
            rel = os.path.relpath(prog, ROOT)
            files = expected_files(prog, res) if res["status"] is not None or res["hung"] else {}
            if a.check:
                for path, want in files.items():
                    have = open(path, encoding="utf-8", newline="").read() if os.path.exists(path) else None
                    if have != want:
                        problems.append("MISMATCH " + os.path.basename(path))
            elif not problems:
                for path, text in files.items():
                    with open(path, "w", encoding="utf-8", newline="") as f:
                        f.write(text)
            if problems:
                bad += 1
                print("FAIL", rel, ", ".join(problems), flush=True)
    manifest = manifest_text(all_programs())
    if a.check:
        have = open(MANIFEST, encoding="utf-8").read() if os.path.exists(MANIFEST) else None
        if have != manifest:
            bad += 1
            print("FAIL conformance/manifest.json is out of date", flush=True)
    else:
        with open(MANIFEST, "w", encoding="utf-8") as f:
            f.write(manifest)
    print("%d programs, %d problems" % (len(progs), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
