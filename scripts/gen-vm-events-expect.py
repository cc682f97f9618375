"""What CPython 3.12 does with the programs of src/python/vm/testdata/events
(and the custom scenario's starter): stdout lines, the last stderr line, the
exit status, or that it never ends (a deadlock: CPython hangs, killed after a
timeout). events.test.ts compares the VM's event stream with these.

Run: ~/.pyenv/versions/3.12.1/bin/python3 scripts/gen-vm-events-expect.py
"""
import json
import pathlib
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parent.parent
folder = root / 'src/python/vm/testdata/events'
programs = sorted(folder.glob('*.py')) + [root / 'src/scenarios/custom/starter.py']
out = {}
for p in programs:
    try:
        r = subprocess.run([sys.executable, str(p)], capture_output=True, text=True, timeout=5)
        stdout, stderr, status = r.stdout, r.stderr, r.returncode
    except subprocess.TimeoutExpired as e:
        stdout = (e.stdout or b'').decode() if isinstance(e.stdout, bytes) else (e.stdout or '')
        stderr, status = '', 'hangs'
    out[str(p.relative_to(root))] = {
        'stdout': stdout.splitlines(),
        'stderrLast': (stderr.strip().splitlines() or [''])[-1],
        'exceptionsInThreads': stderr.count('Exception in thread '),
        'status': status,
    }
(folder / 'expected.json').write_text(json.dumps(out, ensure_ascii=False, indent=1) + '\n')
print('wrote', folder / 'expected.json')
