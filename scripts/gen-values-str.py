"""Expectations for src/python/values/str-methods.ts: str methods, repr and ascii in CPython 3.12.

Run: ~/.pyenv/versions/3.12.1/bin/python3 scripts/gen-values-str.py
Writes src/python/values/testdata/str.json: [method, s, args, result]; ints {"i"},
bools {"b"}, None null, tuples {"tuple": [...]}, errors {"err": [type, message]}.
"""
import json, os, random, sys

assert sys.version_info[:2] == (3, 12), sys.version
rng = random.Random(5)

def enc(v):
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, bool):
        return {"b": v}
    if isinstance(v, int):
        return {"i": str(v)}
    if isinstance(v, (tuple, list)):
        return {"tuple": [enc(x) for x in v]} if isinstance(v, tuple) else [enc(x) for x in v]
    raise TypeError(v)

cases = []
def add(method, s, *args):
    try:
        if method == 'repr':
            out = repr(s)
        elif method == 'ascii':
            out = ascii(s)
        elif method == 'getitem':
            out = s[args[0]]
        elif method == 'compare':
            out = (s > args[0]) - (s < args[0])
        elif method == 'chr':
            out = chr(args[0])
        elif method == 'ord':
            out = ord(s)
        elif method == 'slice':
            out = s[slice(*args)]
        else:
            out = getattr(s, method)(*args)
        out = enc(list(out) if isinstance(out, tuple) else out)
    except Exception as e:
        out = {"err": [type(e).__name__, str(e)]}
    cases.append([method, s, [enc(a) for a in args], out])

samples = ['', 'a', 'abc', 'Hello, World', '  spaced  out  ', 'a,b,,c,', 'ÀÉÎõü', 'straße', 'ǆemal ǉubav', 'ΟΔΟΣ ΣΑΣ', 'İstanbul',
           '😀x😀y😀', 'a\tb\tc', 'line1\nline2\r\nline3\rline4\x0bx\x0cy\x1cz\x85w\u2028v\u2029', 'x\n', '\n\n', 'hello world foo',
           "it's", 'say "hi"', 'both \' and "', 'back\\slash', 'ctrl\x00\x07\x1b\x7f\x80\x9f', '\xa0\xad\u200b\u2028\ufeff', '\ud800x',
           '\U0001f600\U000e0001\U0010ffff', 'ﬁne', 'ŉ', '123', '٣٤', '²³', '½', '一二三', 'Ⅻ', 'abc123', 'ABC', 'Title Case Here',
           'Not title Case', 'hello_world', '_x1', '1x', 'def', 'a b', '\t\n \x1c', 'MiXeD 123 ÄÖ', "they're bill's friends"]

SEARCHED = {'', 'abc', 'Hello, World', '😀x😀y😀', 'a,b,,c,', 'ab😀ab😀'}
samples.append('ab😀ab😀')
for s in samples:
    add('repr', s)
    add('ascii', s)
    for m in ['upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold', 'isalpha', 'isalnum', 'isdigit', 'isdecimal', 'isnumeric',
              'isspace', 'islower', 'isupper', 'istitle', 'isprintable', 'isidentifier', 'isascii', 'split', 'rsplit', 'splitlines', 'strip',
              'lstrip', 'rstrip']:
        add(m, s)
    add('splitlines', s, True)
    for sep in [',', ' ', 'o', '😀', '', 'zz']:
        add('split', s, sep)
        add('rsplit', s, sep)
        add('split', s, sep, 1)
        add('rsplit', s, sep, 1)
        add('partition', s, sep)
        add('rpartition', s, sep)
    for maxsplit in [0, 1, 2, -1]:
        add('split', s, None, maxsplit)
        add('rsplit', s, None, maxsplit)
    for sub in ['', 'a', 'l', 'o', '😀', 'xyz', 'ab']:
        # Index arguments on a few strings only (BMP and not), to keep the file small.
        for se in [] if s not in SEARCHED else [(), (1,), (-3,), (2, 5), (-100, 100), (10,), (0, -1), (None, 2), (len(s),), (len(s) + 1,)]:
            for m in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith']:
                add(m, s, sub, *se)
        add('replace', s, sub, '-')
        add('replace', s, sub, '<>', 1)
        add('replace', s, sub, '', 2)
        add('removeprefix', s, sub)
        add('removesuffix', s, sub)
    add('startswith', s, ('x', 'a', 'H'))
    add('endswith', s, ('c', '😀', 'e'), 1)
    for chars in [' ', 'a', 'ab ', '😀x', '']:
        add('strip', s, chars)
        add('lstrip', s, chars)
        add('rstrip', s, chars)
    for w in [0, 3, 10, 11]:
        add('center', s, w)
        add('center', s, w, '*')
        add('ljust', s, w, '😀')
        add('rjust', s, w)
        add('zfill', s, w)
    add('center', s, 9, 'ab')
    add('center', s, 9, '')
    add('expandtabs', s)
    add('expandtabs', s, 4)
    add('expandtabs', s, 0)
    for i in [0, 1, -1, 3, 100, -100]:
        add('getitem', s, i)
    for sl in [(None, None, None), (1, None, None), (None, -1, None), (None, None, -1), (1, 10, 2), (-2, None, None), (10, 1, -2), (None, None, 0), (-100, 100, 3)]:
        add('slice', s, *sl)
for a in ['', 'a', 'ab', '\uffff', '😀', '\ue000x', 'a😀', 'a\uffff', 'é', 'e']:
    for b in ['', 'a', 'ab', '\uffff', '😀', '\ue000x', 'a😀', 'a\uffff', 'é', 'e']:
        add('compare', a, b)
    add('ord', a)
for i in [0, 65, 0xd800, 0xffff, 0x10000, 0x10ffff, 0x110000, -1]:
    add('chr', '', i)
for s in ['-42', '+7', '42', '', '-', 'x']:
    add('zfill', s, 5)
for _ in range(200):
    s = ''.join(rng.choice('ab ,😀\tx') for _ in range(rng.randint(0, 12)))
    sep = rng.choice([None, ',', ' ', 'ab', '😀'])
    add('split', s, sep, rng.choice([-1, 0, 1, 2]))
    add('rsplit', s, sep, rng.choice([-1, 0, 1, 2]))
    add('find', s, rng.choice(['a', 'b', '😀', ' ']), rng.randint(-5, 5), rng.randint(-5, 15))
    add('rfind', s, rng.choice(['a', 'b', '😀', ' ']), rng.randint(-5, 5), rng.randint(-5, 15))
    add('count', s, rng.choice(['a', '', '😀', ' ']), rng.randint(-5, 5), rng.randint(-5, 15))

out = os.path.join(os.path.dirname(__file__), '..', 'src', 'python', 'values', 'testdata', 'str.json')
with open(out, 'w') as f:
    f.write('[\n' + ',\n'.join(json.dumps(c) for c in cases) + '\n]\n')
print(len(cases), 'cases ->', out)
