#!/bin/sh
# Records CPython 3.12's stderr and status for the MemoryError programs, with its
# address space limited so allocation fails (memory.test.ts compares the shape).
cd "$(dirname "$0")"
PY=${PY:-~/.pyenv/versions/3.12.1/bin/python3}
for f in *.py; do
  (ulimit -v 200000; "$PY" "$f" 2> "${f%.py}.stderr"; echo $? > "${f%.py}.status")
done
