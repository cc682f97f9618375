"""Expectations for src/python/values/format-spec.ts: format(value, spec) in CPython 3.12.

Run: ~/.pyenv/versions/3.12.1/bin/python3 scripts/gen-values-format.py
Writes src/python/values/testdata/format.json: [kind, value, spec, result] with result
a string or {"err": [type, message]}; floats are given by repr, ints as decimal strings.
"""
import itertools, json, os, random, sys

assert sys.version_info[:2] == (3, 12), sys.version
rng = random.Random(3)
cases = []

def add(value, spec):
    try:
        out = format(value, spec)
    except Exception as e:
        out = {"err": [type(e).__name__, str(e)]}
    kind = type(value).__name__
    cases.append([kind, repr(value) if kind == 'float' else str(value) if kind == 'int' else value, spec, out])

ints = [0, 1, -1, 7, -7, 42, 255, -255, 1234, -1234, 1234567, -9876543210, 10**25, 65, 0x10FFFF, 0x110000, -65, 1 << 70]
floats = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1234.5, -1234.5, 1234567.891, 1e16, 1e-5, 1e-4,
          123456789.0, 1.23456789e-7, 1e300, 5e-324, 3.141592653589793, float('inf'), float('-inf'), float('nan'), 100.0, 0.0001234,
          9.999999, 99.99999, 0.000999, 1e22, -0.0001, 12345.678]
strs = ['', 'a', 'abc', 'hello world', 'é', '😀x', 'straße']

aligns = ['', '<', '>', '^', '=', '*<', '*>', '*^', '0=', '😀^', '0<']
signs = ['', '+', '-', ' ']
int_types = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'f', 'g', '%', 's', 'q']
float_types = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x']

for v in ints:
    for t in int_types:
        add(v, t)
        add(v, '#' + t)
        add(v, '+08' + t)
        add(v, ',' + t)
        add(v, '_' + t)
        add(v, '012,' + t)
        add(v, '*^15_' + t)
    for a, s in itertools.product(aligns, signs):
        add(v, a + s + '10')
    add(v, '.2')
    add(v, 'z')
    add(v, '=+#012_x')
for v in floats:
    for t in float_types:
        add(v, t)
        add(v, '.0' + t)
        add(v, '.1' + t)
        add(v, '.3' + t)
        add(v, '.17' + t)
        add(v, '#' + t)
        add(v, '#.0' + t)
        add(v, ',' + t)
        add(v, '015,.2' + t)
        add(v, 'z.1' + t)
        add(v, '+' + t)
        add(v, ' 12' + t)
    for a in aligns:
        add(v, a + '12.3f')
    add(v, '_.2f')
    add(v, '.60f')
    add(v, '.30e')
    add(v, '.25g')
for _ in range(300):
    x = rng.uniform(-1, 1) * 10 ** rng.randint(-20, 25)
    add(x, rng.choice(['', '.2f', '.3e', '.5g', ',.2f', '.10', '.1%', '#.4g', 'z.0f', '.17g', '.0f', '.1f']))
for v in [0.1 + 0.2, 1234.5, 2.5, 0.5, 1.5]:
    add(v, '.17g')
    add(v, ',.2f')
    add(v, '.0f')
for v in strs:
    for a in aligns:
        add(v, a + '8')
        add(v, a + '8.2')
    for spec in ['', 's', '.0', '.1', '+', ' ', ' 5', '-', '#', 'z', ',', '_', 'd', '05', '=5', '.', 'ss', '10s', '^9.3s', 'x']:
        add(v, spec)
for spec in [',_', '_,', ',,', '__', '.', '.x', '1.', '99999999999999999999', 'x\u0100', '\x01', ',\x01', '.1000000000000f', '<<<', '<<', '0', '00', '000', '+-', 'zz']:
    for v in [5, 2.5, 'ab']:
        add(v, spec)

out = os.path.join(os.path.dirname(__file__), '..', 'src', 'python', 'values', 'testdata', 'format.json')
with open(out, 'w') as f:
    f.write('[\n' + ',\n'.join(json.dumps(c, ensure_ascii=False) for c in cases) + '\n]\n')
print(len(cases), 'cases ->', out)
