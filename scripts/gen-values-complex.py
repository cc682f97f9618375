"""Expectations for src/python/values/complex.ts: CPython 3.12's complex arithmetic, repr, hash and parsing.

Run: ~/.pyenv/versions/3.12.1/bin/python3 scripts/gen-values-complex.py
Writes src/python/values/testdata/complex.json in the numbers.json form; a complex is [real, imag].
"""
import json, math, os, random, sys

assert sys.version_info[:2] == (3, 12), sys.version
rng = random.Random(12)

def enc(v):
    if isinstance(v, complex):
        return [enc(v.real), enc(v.imag)]
    if isinstance(v, bool):
        return {"b": v}
    if isinstance(v, int):
        return {"i": str(v)}
    if isinstance(v, float):
        return {"f": repr(v)}
    return v

cases = []
def add(name, fn, *args):
    try:
        out = enc(fn(*args))
    except Exception as e:
        out = {"err": [type(e).__name__, str(e)]}
    cases.append([name, [enc(a) for a in args], out])

inf, nan = float('inf'), float('nan')
special = [complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), 1j, -1j, 3 + 4j, 3 - 4j, -1.5 + 2j,
           complex(1e16, 1), complex(1e-5, -1e300), complex(inf, 0), complex(0, inf), complex(nan, 1), complex(1, nan),
           complex(-inf, -inf), complex(2.5, 0), complex(1e308, 1e308), complex(5e-324, 1), 1 + 1j, -2 + 0j]
randoms = [complex(rng.uniform(-10, 10), rng.uniform(-10, 10)) for _ in range(25)]
values = special + randoms
for z in values:
    add('complexRepr', repr, z)
    add('complexAbs', abs, z)
    add('complexHash', hash, z)
# hypot is where V8's Math.hypot and glibc differ by an ulp: many random magnitudes.
for _ in range(300):
    add('complexAbs', abs, complex(rng.uniform(-1, 1) * 10 ** rng.randint(-320, 305), rng.uniform(-1, 1) * 10 ** rng.randint(-320, 305)))
pairs = [(a, b) for a in special[:12] for b in special[:12]] + [(rng.choice(values), rng.choice(values)) for _ in range(80)]
for a, b in pairs:
    add('complexMul', lambda x, y: x * y, a, b)
    add('complexDiv', lambda x, y: x / y, a, b)
    add('complexAdd', lambda x, y: x + y, a, b)
    add('complexSub', lambda x, y: x - y, a, b)
exps = [0j, 1 + 0j, 2 + 0j, -1 + 0j, -2 + 0j, 3 + 0j, 100 + 0j, 101 + 0j, 0.5 + 0j, 1j, 1 + 1j, -0.5 + 0j, 1 / 3 + 0j, 2.5 - 1j]
bases = [0j, 1j, -1 + 0j, 3 + 4j, -8 + 0j, 2 + 0j, 0.5 - 0.5j, 1e200 + 1e200j, 1.5 + 2j, complex(-0.0, 0)]
for a in bases:
    for b in exps:
        add('complexPow', lambda x, y: x ** y, a, b)
for s in ['2+3j', '1', 'j', '-j', '+j', '1+j', '1-j', '(1+2j)', ' ( 1+2j ) ', '3.14j', '1e3-2.5e-1j', 'inf', 'infj', '-infinityj',
          'nan+nanj', '1_000+2_0j', '1__0', '_1', '1_', '', ' ', '()', '(1', '1)', '1+2', '1+2jj', 'j1', '1 + 2j', '0x1',
          '.5j', '5.j', '1e', '+1.5-0j', '-0', '-0j', 'J', 'NaN', '1e500j']:
    add('complexFromString', complex, s)

out = os.path.join(os.path.dirname(__file__), '..', 'src', 'python', 'values', 'testdata', 'complex.json')
with open(out, 'w') as f:
    json.dump(cases, f, indent=None, separators=(',', ':'))
    f.write('\n')
print(len(cases), 'cases ->', out)
