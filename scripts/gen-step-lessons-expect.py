"""Writes src/scenarios/step-lessons.expected.json: what CPython 3.12 prints
for the step lessons' programs (two-locks, rlock, condition, counter, bank), for
src/scenarios/step-lessons.test.ts. A program still running after 3 s hangs
(a deadlock). Run with ~/.pyenv/versions/3.12.1/bin/python3."""
import json, os, subprocess, sys

assert sys.version_info[:2] == (3, 12), 'needs CPython 3.12'
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'scenarios')
out = {}
# counter/call.py loses updates or not by timing, in CPython too: the step search checks it instead.
TIMING = {'counter/call.py'}
for d in ('two-locks', 'rlock', 'condition', 'counter', 'bank'):
    for f in sorted(os.listdir(os.path.join(root, d))):
        rel = f'{d}/{f}'
        if not f.endswith('.py') or rel in TIMING:
            continue
        try:
            p = subprocess.run([sys.executable, os.path.join(root, rel)], capture_output=True, text=True, timeout=3)
            status, so, se = p.returncode, p.stdout, p.stderr
        except subprocess.TimeoutExpired as e:
            status = 'hangs'
            so = (e.stdout or b'').decode() if isinstance(e.stdout, bytes) else (e.stdout or '')
            se = ''
        err = [l for l in se.splitlines() if l.strip()]
        out[rel] = {'stdout': sorted(l for l in so.splitlines()), 'stderrLast': err[-1] if err else '', 'status': status}
with open(os.path.join(root, 'step-lessons.expected.json'), 'w') as fh:
    json.dump(out, fh, indent=1, ensure_ascii=False)
    fh.write('\n')
