"""Expectations for src/python/values/math-exact.ts: CPython 3.12's exact math functions.

Run: ~/.pyenv/versions/3.12.1/bin/python3 scripts/gen-values-math.py
Writes src/python/values/testdata/math.json in the numbers.json form.
"""
import json, math, os, random, sys

assert sys.version_info[:2] == (3, 12), sys.version
sys.set_int_max_str_digits(0)
rng = random.Random(11)

def enc(v):
    if isinstance(v, int):
        return {"i": str(v)}
    if isinstance(v, float):
        return {"f": repr(v)}
    if isinstance(v, list):
        return [enc(x) for x in v]
    return v

cases = []
def add(name, fn, *args):
    try:
        out = enc(fn(*args))
    except Exception as e:
        out = {"err": [type(e).__name__, str(e)]}
    cases.append([name, [enc(a) for a in args], out])

inf, nan = float('inf'), float('nan')
for x in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 1e300, -1e-300, inf, -inf, nan, 2.0**53 + 2]:
    add('floatFloor', math.floor, x)
    add('floatCeil', math.ceil, x)
for n in [0, 1, 2, 3, 4, 15, 16, 17, 10**20, 10**41, 2**200 - 1, -1] + [rng.getrandbits(rng.randint(1, 400)) for _ in range(30)]:
    add('intIsqrt', math.isqrt, n)
for n in [0, 1, 5, 20, 100, -1]:
    add('intFactorial', math.factorial, n)
for n, k in [(5, 2), (5, 0), (5, 5), (5, 7), (0, 0), (-1, 2), (3, -1), (100, 50), (60, 7), (1000, 3)]:
    add('intComb', math.comb, n, k)
    add('intPerm', math.perm, n, k)
add('intPerm', math.perm, 6)
add('intPerm', math.perm, -1)
for xs in [[], [0], [-4, 6], [12, 18, 27], [0, 0], [2**100, 2**60 * 3], [-7], [5, 0, 10]]:
    add('intGcd', math.gcd, *xs)
    add('intLcm', math.lcm, *xs)
sums = [[], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [1e308, 1e308], [inf, -inf], [nan, 1.0], [inf, 1.0], [-inf, inf, nan],
        [2.0**53, -0.5, -2.0**-54], [2.0**53, 1.0, 2.0**-100], [1.7976931348623157e308, -1.7976931348623157e308, 1.0], [-0.0, -0.0], [0.0, -0.0],
        [1.0, 1e-16, 1e-16], [5e-324, 5e-324, -5e-324]]
for _ in range(40):
    sums.append([rng.uniform(-1, 1) * 10 ** rng.randint(-20, 20) for _ in range(rng.randint(1, 30))])
for xs in sums:
    add('fsum', math.fsum, xs)

for xs in sums:
    if not any(x != x for x in xs):
        add('floatSum', lambda v: sum(v, 0.0), xs)
add('floatSum', lambda v: sum(v, 0.0), [0.1] * 10)
add('floatSum', lambda v: sum(v, 0.0), [-0.0])
add('floatSum', lambda v: sum(v, 0.0), [float('inf'), 1.0, -1e308])
for a, n in [(1, -1), (1, 5), (-5, 1), (-1, 2**64), (1, 2**64), (0, 2**64), (3, 0), (-(2**100), 99), (2**100, 101)]:
    add('intRshift', lambda a, n: a >> n, a, n)
    add('intLshift', lambda a, n: a << n, a, n)

path = os.path.join(os.path.dirname(__file__), '..', 'src', 'python', 'values', 'testdata', 'math.json')
with open(path, 'w') as f:
    f.write('[\n' + ',\n'.join(json.dumps(c) for c in cases) + '\n]\n')
print(len(cases), 'cases ->', path)
