"""Writes src/python/step/testdata/watch_sync.json: what CPython 3.12 shows of
watch_sync.py's objects at its MARK line (the main thread about to run it):
each global's repr, addresses as 0x… and thread idents as <ident:NAME>; each
RLock's owner and count, each Semaphore's value, each Event's flag, each
queue's maxsize and items. watch-repr.test.ts compares the step watch with it.
Run with ~/.pyenv/versions/3.12.1/bin/python3."""
import json, os, re, sys, threading, types

assert sys.version_info[:2] == (3, 12), 'needs CPython 3.12'
here = os.path.join(os.path.dirname(__file__), '..', 'src', 'python', 'step', 'testdata')
path = os.path.join(here, 'watch_sync.py')
src = open(path).read()
mark = next(i for i, l in enumerate(src.splitlines(), 1) if '# MARK' in l)
ns = {'__name__': '__main__'}
out = {}


def mask(s, idents):
    for ident, name in idents.items():
        s = s.replace(str(ident), f'<ident:{name}>')
    return re.sub(r'0x[0-9a-f]+', '0x…', s)


def snapshot(g):
    threads = [v for v in g.values() if isinstance(v, threading.Thread)] + [threading.main_thread()]
    idents = {th.ident: th.name for th in threads if th.ident is not None}
    data = {k: v for k, v in g.items() if not k.startswith('__') and not isinstance(v, types.ModuleType)}
    out['mark'] = mark
    out['globals'] = {k: mask(repr(v), idents) for k, v in data.items()}
    rl = re.match(r'<(\w+) _thread.RLock object owner=(\d+) count=(\d+)', repr(g['rlock']))
    out['rlock'] = {'locked': rl.group(1) == 'locked', 'owner': idents.get(int(rl.group(2))), 'count': int(rl.group(3))}
    out['semaphores'] = {k: v._value for k, v in data.items() if isinstance(v, threading.Semaphore)}
    out['events'] = {k: v.is_set() for k, v in data.items() if isinstance(v, threading.Event)}
    out['queues'] = {k: {'maxsize': v.maxsize, 'items': [repr(x) for x in v.queue]} for k, v in data.items() if hasattr(v, 'maxsize')}
    out['locked'] = {k: v.locked() for k, v in [('lock', g['lock']), ('account.lock', g['account'].lock)]}


def tracer(frame, event, arg):
    if event == 'line' and frame.f_code.co_filename == path and frame.f_lineno == mark and 'globals' not in out:
        snapshot(frame.f_globals)
    return tracer


sys.settrace(tracer)
exec(compile(src, path, 'exec'), ns)
sys.settrace(None)
with open(os.path.join(here, 'watch_sync.json'), 'w') as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write('\n')
