"""Writes src/python/step/testdata/watch_process.json: the repr CPython 3.12
gives each Process global of watch_process.py at its MARK line, with pids as
<pid:NAME> and the parent's as <pid:MainProcess>. watch-process.test.ts
compares the step watch with it. Run with ~/.pyenv/versions/3.12.1/bin/python3."""
import json, multiprocessing, os, sys

assert sys.version_info[:2] == (3, 12), 'needs CPython 3.12'
here = os.path.join(os.path.dirname(__file__), '..', 'src', 'python', 'step', 'testdata')
path = os.path.join(here, 'watch_process.py')
src = open(path).read()
mark = next(i for i, l in enumerate(src.splitlines(), 1) if '# MARK' in l)
out = {}


def snapshot(g):
    procs = {k: v for k, v in g.items() if isinstance(v, multiprocessing.process.BaseProcess)}
    pids = {os.getpid(): 'MainProcess'}
    pids.update({v.pid: v.name for v in procs.values() if v.pid is not None})
    def mask(s):
        for pid, name in pids.items():
            s = s.replace(f'={pid} ', f'=<pid:{name}> ').replace(f'={pid}>', f'=<pid:{name}>>')
        return s
    out['mark'] = mark
    out['globals'] = {k: mask(repr(v)) for k, v in procs.items()}


def tracer(frame, event, arg):
    if event == 'line' and frame.f_code.co_filename == path and frame.f_lineno == mark and 'globals' not in out:
        snapshot(frame.f_globals)
    return tracer


if __name__ == '__main__':
    sys.settrace(tracer)
    exec(compile(src, path, 'exec'), {'__name__': '__main__'})
    sys.settrace(None)
    with open(os.path.join(here, 'watch_process.json'), 'w') as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write('\n')
