"""Expectations for src/python/values/percent-format.ts: `fmt % args` in CPython 3.12.

Run: ~/.pyenv/versions/3.12.1/bin/python3 scripts/gen-values-percent.py
Writes src/python/values/testdata/percent.json: [fmt, args, result]; args is
{"tuple": [...]} or a single value; ints {"i"}, floats {"f": repr}, bools {"b"},
None null, lists {"list": [...]}, dicts {"dict": [[k, v], ...]}.
"""
import json, os, random, sys

assert sys.version_info[:2] == (3, 12), sys.version
rng = random.Random(7)

def enc(v):
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, bool):
        return {"b": v}
    if isinstance(v, int):
        return {"i": str(v)}
    if isinstance(v, float):
        return {"f": repr(v)}
    if isinstance(v, tuple):
        return {"tuple": [enc(x) for x in v]}
    if isinstance(v, list):
        return {"list": [enc(x) for x in v]}
    if isinstance(v, dict):
        return {"dict": [[k, enc(x)] for k, x in v.items()]}
    raise TypeError(v)

cases = []
def add(fmt, args):
    try:
        out = fmt % args
    except Exception as e:
        out = {"err": [type(e).__name__, str(e)]}
    cases.append([fmt, enc(args), out])

values = [0, 1, -1, 42, -42, 255, 10**30, 3.0, -2.5, 0.1, 1e20, 1.5e-7, float('inf'), float('nan'), -0.0, True, 'abc', "it's", 'é😀', None, [1, 'a'], 65]
convs = ['s', 'r', 'a', 'd', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 'c']
flags = ['', '-', '+', ' ', '#', '0', '-#', '+0', ' 0', '#0']
for v in values:
    for c in convs:
        add('%' + c, (v,))
        add('[%5' + c + ']', (v,))
        add('%.2' + c, (v,))
        for f in flags:
            add('%' + f + '8.3' + c, (v,))
        add('%' + c, v)
for fmt, args in [
    ('%5.2f %s %r %d %x %%', (3.14159, 'a', 'b', 7, 255)), ('%s %s', (1,)), ('%s', (1, 2)), ('%(a)s', 1), ('%(a', {'a': 1}), ('abc%', ()),
    ('%q', 1), ('%*d', ('a', 1)), ('%*d', (5, 1)), ('%-*d', (-5, 1)), ('%.*f', (2, 1.2345)), ('%5%', ()), ('%5%', (1,)), ('%%', ()),
    ('%s', {'a': 1}), ('%(a)s %s', {'a': 1}), ('%s %(a)s', {'a': 1}), ('%(a)s-%(b)05.1f', {'a': 'x', 'b': 2.25}), ('%(a)*d', {'a': 1}),
    ('%ld %hd %Lf', (5, 6, 1.5)), ('%s', ()), ('%s', []), ('', ()), ('abc', ()), ('abc', (1,)), ('abc', []), ('abc', {'a': 1}), ('%(x)s %(x)r', {'x': 'q'}),
    ('%*.*f', (8, 2, 3.14159)), ('%0-5d', (1,)), ('%05s', ('a',)), ('%c', ('ab',)), ('%c', (1.5,)), ('%c', (-1,)), ('%c', (0x110000,)),
    ('%d', (float('inf'),)), ('%d', (float('nan'),)), ('%f', (10**400,)), ('%\u0100', (1,)), ('%d %', (1,)), ('%(a)s', ()), ('%((a))s', {'(a)': 5}),
    ('%*s', (1.5, 'a')), ('%.*s', ('x', 'a')), ('%s%%', (1,)), ('%-10s|%10s|', ('ab', 'cd')), ('%.0f %.0f %.0f', (0.5, 1.5, 2.5)), ('%#.0e', (3.0,)),
    ('%s', 'single'), ('%r', ('😀\n',)), ('%a', ('é😀',)), ('%x', (2**70,)), ('%#o', (0,)), ('%+.3e', (-0.0,)), ('%010.3f', (-3.14159,)),
]:
    add(fmt, args)
for _ in range(100):
    x = rng.uniform(-1, 1) * 10 ** rng.randint(-10, 20)
    add('%' + rng.choice(['', '.1', '.5', '.10', '12.3', '-12.0', '+.2']) + rng.choice('efgEFG'), (x,))

out = os.path.join(os.path.dirname(__file__), '..', 'src', 'python', 'values', 'testdata', 'percent.json')
with open(out, 'w') as f:
    f.write('[\n' + ',\n'.join(json.dumps(c, ensure_ascii=False) for c in cases) + '\n]\n')
print(len(cases), 'cases ->', out)
