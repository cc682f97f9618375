"""Expectations for src/python/vm/vm.test.ts: runs each part of src/python/vm/testdata/cases.py
(split at `# --- name` lines) with CPython 3.12 and writes testdata/cases.json.

Run: ~/.pyenv/versions/3.12.1/bin/python3 scripts/gen-vm-cases.py
A part that deadlocks (CPython hangs) is stopped after a few seconds and recorded with status 3,
the VM's status for a deadlock.
"""
import json, os, subprocess, sys, tempfile

assert sys.version_info[:2] == (3, 12), sys.version
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'python', 'vm', 'testdata')
text = open(os.path.join(here, 'cases.py'), encoding='utf-8').read()
parts = []
for chunk in text.split('# --- ')[1:]:
    name, _, source = chunk.partition('\n')
    parts.append((name.strip(), source))
cases = []
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'prog.py')
    for name, source in parts:
        with open(path, 'w', encoding='utf-8') as f:
            f.write(source)
        try:
            r = subprocess.run([sys.executable, path], capture_output=True, text=True, timeout=5, cwd=tmp)
            stdout, stderr, status = r.stdout, r.stderr, r.returncode
        except subprocess.TimeoutExpired as e:
            stdout = (e.stdout or b'').decode() if isinstance(e.stdout, bytes) else (e.stdout or '')
            stderr, status = '', 3
        cases.append({'name': name, 'source': source, 'stdout': stdout, 'stderr': stderr.replace(path, '<file>'), 'status': status})
with open(os.path.join(here, 'cases.json'), 'w', encoding='utf-8') as f:
    json.dump(cases, f, indent=1, ensure_ascii=False)
    f.write('\n')
print(len(cases), 'cases')
