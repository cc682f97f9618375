#!/usr/bin/env python3
"""Run the conformance programs under CPython 3.12 with OUR library (src/python/lib) shadowing
CPython's standard library, over the `_vm` shim in src/python/lib/_vm_cpython_shim, and compare
with the checked-in expectations.

This tests the library before our VM exists: if a program passes here, the library does what
CPython's modules do, given a `_vm` that keeps CONTRACTS.md section 3.

Normalisation is conformance/README.md's, plus one loosening (the README allows it): a traceback
frame inside the standard library (CPython's `<stdlib>/…` or ours) is compared by file and
function name only; its line number and the source/caret lines under it are dropped.

Usage: python3 scripts/pylib-cpython-check.py [-v] [--jobs N] [category|path.py ...]
Default: every category.
"""
import argparse
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SUITE = os.path.join(ROOT, "conformance")
LIB = os.path.join(ROOT, "src", "python", "lib")
SHIM = os.path.join(LIB, "_vm_cpython_shim")
PYTHON = os.environ.get("PYTHON312", os.path.expanduser("~/.pyenv/versions/3.12.1/bin/python3"))
TIMEOUT = 30.0
DEADLOCK_TIMEOUT = 2.5
DEFAULT = ["syntax", "numbers", "strings", "collections", "functions", "classes", "control",
           "exceptions", "threading", "queues", "processes", "futures", "stdlib", "tutorial",
           "deadlock"]

ADDR = re.compile(r" at 0x[0-9a-fA-F]+")
LIB_FRAME = re.compile(r'^  File "<(stdlib|pylib)>/([^"]+)", line \d+, in (.*)$')


def stdlib_dir():
    out = subprocess.run([PYTHON, "-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def loosen_frames(text):
    out = []
    skipping = False
    for line in text.split("\n"):
        m = LIB_FRAME.match(line)
        if m:
            out.append('  File "<lib>/%s", in %s' % (m.group(2), m.group(3)))
            skipping = True
            continue
        if skipping and line.startswith("    "):
            continue
        skipping = False
        out.append(line)
    return "\n".join(out)


def normalise(text, stdlib):
    text = text.replace(SUITE + os.sep, "<conformance>/")
    text = text.replace(LIB + os.sep, "<pylib>/")
    text = text.replace(stdlib + os.sep, "<stdlib>/")
    text = ADDR.sub(" at 0x\u2026", text)
    return loosen_frames(text)


def child_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["LC_ALL"] = "C.UTF-8"
    env["PYTHONPATH"] = LIB + os.pathsep + SHIM
    return env


def run(prog, stdlib):
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
            status, hung = p.returncode, False
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, 9)
            out, err = p.communicate()
            status, hung = None, True
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    return {"stdout": normalise(out.decode("utf-8", "replace"), stdlib),
            "stderr": normalise(err.decode("utf-8", "replace"), stdlib),
            "status": status, "hung": hung, "deadlock": deadlock}


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def check(prog, stdlib):
    res = run(prog, stdlib)
    base = prog[:-3]
    problems = []
    if res["deadlock"]:
        if not res["hung"]:
            problems.append("finished (status %s) instead of hanging" % res["status"])
        if res["stdout"] != normalise(read(base + ".stdout"), stdlib):
            problems.append(("stdout", normalise(read(base + ".stdout"), stdlib), res["stdout"]))
        return prog, problems, res
    if res["hung"]:
        problems.append("timed out")
    for key in ("stdout", "stderr"):
        want = normalise(read(base + "." + key), stdlib)
        if res[key] != want:
            problems.append((key, want, res[key]))
    want_status = int(read(base + ".status"))
    if not res["hung"] and res["status"] != want_status:
        problems.append("status %s, expected %s" % (res["status"], want_status))
    return prog, problems, res


def programs(args):
    out = []
    for a in args or DEFAULT:
        path = a if os.path.isabs(a) else os.path.join(SUITE, a)
        if not os.path.exists(path):
            path = os.path.abspath(a)
        if os.path.isdir(path):
            out.extend(os.path.join(path, f) for f in sorted(os.listdir(path)) if f.endswith(".py"))
        else:
            out.append(path)
    return out


def our_modules():
    names = []
    for entry in sorted(os.listdir(LIB)):
        if entry.startswith("_vm_cpython_shim"):
            continue
        if entry.endswith(".py"):
            names.append(entry[:-3])
        elif os.path.isfile(os.path.join(LIB, entry, "__init__.py")):
            names.append(entry)
    return names


def verify_shadowing():
    """Every module of ours must be the one a program gets (and threading.py is printed)."""
    names = our_modules()
    code = ("import importlib, sys\n"
            "for n in sys.argv[1:]:\n"
            "    print(n, importlib.import_module(n).__file__)\n")
    out = subprocess.run([PYTHON, "-c", code] + names, capture_output=True, text=True,
                         env=child_env(), cwd=ROOT)
    files = dict(line.split(" ", 1) for line in out.stdout.splitlines())
    print("shadowing check: threading is", files.get("threading", out.stderr.strip()))
    wrong = [n for n in names if not files.get(n, "").startswith(LIB + os.sep)]
    if wrong:
        sys.exit("not ours: %s\n%s" % (", ".join(wrong), out.stderr))
    print("shadowing check: all %d of our modules are imported from %s" % (len(names), LIB))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("targets", nargs="*")
    a = ap.parse_args()
    verify_shadowing()
    stdlib = stdlib_dir()
    progs = programs(a.targets)
    counts = {}
    failed = []
    with ThreadPoolExecutor(a.jobs) as ex:
        for prog, problems, res in ex.map(lambda p: check(p, stdlib), progs):
            cat = os.path.basename(os.path.dirname(prog))
            ok, total = counts.get(cat, (0, 0))
            counts[cat] = (ok + (not problems), total + 1)
            if problems:
                failed.append((prog, problems))
    for prog, problems in failed:
        print("FAIL", os.path.relpath(prog, SUITE))
        for p in problems:
            if isinstance(p, tuple):
                print("   %s differs" % p[0])
                if a.verbose:
                    print("   --- expected\n" + p[1] + "\n   --- got\n" + p[2])
            else:
                print("  ", p)
    total_ok = sum(c[0] for c in counts.values())
    total = sum(c[1] for c in counts.values())
    for cat in sorted(counts):
        print("%-10s %3d / %3d" % (cat, counts[cat][0], counts[cat][1]))
    print("%-10s %3d / %3d" % ("all", total_ok, total))
    sys.exit(0 if total_ok == total else 1)


if __name__ == "__main__":
    main()
