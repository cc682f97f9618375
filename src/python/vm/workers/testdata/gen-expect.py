"""Writes NAME.expected.json (stdout, stderr, status) for each program here from CPython 3.12:
~/.pyenv/versions/3.12.1/bin/python3 src/python/vm/workers/testdata/gen-expect.py [NAME.py ...]
(only the programs named, when some are). A program's stdin is NAME.stdin when there is one (a pipe).
The seed ticket program (e2e/fixtures/seed_ticket.py) is not here: CPython hangs on it forever (the deadlock rule is the VM's own); left out:
counter_call.py (its total depends on scheduling: the test checks that updates are lost)."""
import json, os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
only = set(sys.argv[1:])
for name in sorted(os.listdir(here)):
    if not name.endswith('.py') or name in ('gen-expect.py', 'counter_call.py') or (only and name not in only):
        continue
    path = os.path.join(here, name)
    stdin = os.path.join(here, name[:-3] + '.stdin')
    feed = {'input': open(stdin, encoding='utf-8').read()} if os.path.exists(stdin) else {}
    r = subprocess.run([sys.executable, path], capture_output=True, text=True, timeout=120, **feed)
    # Paths are machine-specific: the program's own becomes its base name.
    out = {'stdout': r.stdout, 'stderr': r.stderr.replace(path, name), 'status': r.returncode}
    with open(os.path.join(here, name[:-3] + '.expected.json'), 'w') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
