#!/usr/bin/env python3
"""Differential test of src/python/lib: each program in scripts/pylib-diff/ runs twice under
CPython 3.12, once plain (the expectation) and once with OUR library shadowing the stdlib over
the `_vm` shim. stdout, stderr and the exit status must be the same after the conformance
normalisation (paths, addresses, stdlib frames compared by file and function).

These programs reach the corners the conformance suite leaves out (multiprocessing Condition
and JoinableQueue, Barrier.abort, deque and Counter operations, dataclass errors, ...).

Usage: python3 scripts/pylib-cpython-diff.py [-v] [program.py ...]
"""
import argparse
import importlib.util
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("pylib_check", os.path.join(HERE, "pylib-cpython-check.py"))
check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check)
PROGRAMS = os.path.join(HERE, "pylib-diff")


def run(prog, ours, stdlib):
    env = check.child_env()
    if not ours:
        env.pop("PYTHONPATH")
    p = subprocess.run([check.PYTHON, prog], cwd=os.path.dirname(prog), env=env,
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    norm = lambda b: check.normalise(b.decode("utf-8", "replace"), stdlib).replace(PROGRAMS + os.sep, "<diff>/")
    return norm(p.stdout), norm(p.stderr), p.returncode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("programs", nargs="*")
    a = ap.parse_args()
    check.verify_shadowing()
    stdlib = check.stdlib_dir()
    progs = [os.path.abspath(p) for p in a.programs] or sorted(os.path.join(PROGRAMS, f) for f in os.listdir(PROGRAMS)
                                 if f.endswith(".py"))
    ok = 0
    for prog in progs:
        want, got = run(prog, False, stdlib), run(prog, True, stdlib)
        if want == got:
            ok += 1
            continue
        print("FAIL", os.path.basename(prog))
        for label, w, g in zip(("stdout", "stderr", "status"), want, got):
            if w != g:
                print("   %s differs" % label)
                if a.verbose:
                    import difflib
                    for line in difflib.unified_diff(str(w).splitlines(), str(g).splitlines(),
                                                     "cpython", "ours", lineterm="", n=1):
                        print("     " + line)
    print("diff programs %d / %d" % (ok, len(progs)))
    sys.exit(0 if ok == len(progs) else 1)


if __name__ == "__main__":
    main()
