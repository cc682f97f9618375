#!/usr/bin/env python3
"""Regenerates src/python/vm/testdata/cases.json from cases.py with CPython 3.12.

Each part of cases.py (split at `# --- name`) runs as its own program; the file
name in tracebacks is replaced by `<file>`. Deadlocking parts (status 3 in the
VM) are recognised by a 2 s timeout: their stdout so far is kept.
"""
import json, os, subprocess, sys, tempfile

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'python', 'vm', 'testdata')
PY = os.path.expanduser('~/.pyenv/versions/3.12.1/bin/python3')

def parts(text):
    name, lines, out = None, [], []
    for line in text.splitlines(keepends=True):
        if line.startswith('# --- '):
            if name is not None:
                out.append((name, ''.join(lines)))
            name, lines = line[6:].strip(), []
        else:
            lines.append(line)
    if name is not None:
        out.append((name, ''.join(lines)))
    return out

def run(source):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'case.py')
        with open(path, 'w') as f:
            f.write(source)
        env = {'PYTHONUNBUFFERED': '1', 'PYTHONIOENCODING': 'utf-8', 'LC_ALL': 'C.UTF-8', 'PATH': os.environ['PATH']}
        try:
            p = subprocess.run([PY, path], capture_output=True, env=env, timeout=2, cwd=d)
            return p.stdout.decode().replace(path, '<file>'), p.stderr.decode().replace(path, '<file>'), p.returncode
        except subprocess.TimeoutExpired as e:
            return (e.stdout or b'').decode(), '', 3

def main():
    with open(os.path.join(HERE, 'cases.py')) as f:
        cases = []
        for name, source in parts(f.read()):
            out, err, status = run(source)
            cases.append({'name': name, 'source': source, 'stdout': out, 'stderr': err, 'status': status})
    with open(os.path.join(HERE, 'cases.json'), 'w') as f:
        json.dump(cases, f, indent=1, ensure_ascii=False)
    print(f'{len(cases)} cases', file=sys.stderr)

main()
