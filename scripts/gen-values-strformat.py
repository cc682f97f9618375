"""Expectations for src/python/values/str-format.ts: str.format in CPython 3.12.

Run: ~/.pyenv/versions/3.12.1/bin/python3 scripts/gen-values-strformat.py
Writes src/python/values/testdata/strformat.json: [fmt, args, result] where every case
formats with ARGS and KWARGS below; result is a str or {"err": [type, message]}.
"""
import json, os, sys

assert sys.version_info[:2] == (3, 12), sys.version
ARGS = (0, 'x', 2.5, [10, 'y', [7]], {'k': 'v', '1': 'one'}, -7)
KWARGS = {'name': 'Ada', 'n': 42, 'pi': 3.14159, 'w': 8, 'lst': [1, 2], 'd': {'a': 'b'}}

fmts = ['{}', '{0}{1}', '{}{}{}', '{}{1}', '{1}{}', '}', '{', 'a}b', 'a{{b}}c', '{{}}', '{{', '}}', '{0!r}', '{1!r}', '{1!a}', '{1!s}', '{0!x}',
        '{0!}', '{0!r', '{0!rr}', '{0!r }', '{0:{1}}', '{2:{4}}', '{n:{w}}', '{pi:{w}.{n}}', '{0:{1:{2}}}', '{name}', '{name!r:>10}', '{nope}',
        '{3[0]}', '{3[2][0]}', '{3[1]}', '{4[k]}', '{4[1]}', '{3[9]}', '{3[}', '{3[0]x}', '{3[]}', '{name.}', '{9}', '{ 0}', '{-1}', '{00}',
        '{0x}', '{:}', '{!r}', '{0:}}', '{0:{}}', '{a', '{0:abc', '{0:{', '{0!s:>5}', '{0:{1}x{2}}', '{0:\'}', '{d[a]}', '{lst[1]}',
        '{lst[1]:>4}|{n:^7}|{pi:.2f}', '{:>{}}', '{:{}}{}', 'x{0[1}y', '{0[a]]}', '{0]}', '{0:d}', '{1:d}', '{2:%}', '{3}', '{3:>5}',
        '{4!r:^30}', '{0[}', '{0{}', '{n:,}', '{n:#x}', '{2:e}', '{5:+05}', 'no fields', '', 'é{1}😀{0}']
cases = []
for f in fmts:
    try:
        out = f.format(*ARGS, **KWARGS)
    except Exception as e:
        out = {"err": [type(e).__name__, str(e)]}
    cases.append([f, out])
path = os.path.join(os.path.dirname(__file__), '..', 'src', 'python', 'values', 'testdata', 'strformat.json')
with open(path, 'w') as fh:
    fh.write('[\n' + ',\n'.join(json.dumps(c, ensure_ascii=False) for c in cases) + '\n]\n')
print(len(cases), 'cases ->', path)
