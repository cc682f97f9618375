"""Expectations for src/python/values/hashing.ts: CPython 3.12's hash() of int, float, tuple.

Run: ~/.pyenv/versions/3.12.1/bin/python3 scripts/gen-values-hashing.py
Writes src/python/values/testdata/hashing.json.
"""
import json, os, random, sys

assert sys.version_info[:2] == (3, 12), sys.version
rng = random.Random(61)

ints = [0, 1, -1, -2, 2, 2**61 - 1, 2**61 - 2, 2**61, -(2**61) + 1, -(2**61), 2**64, -(2**64), 10**100, -(10**100), 2**63 - 1, -(2**63)]
ints += [rng.getrandbits(rng.randint(1, 300)) * rng.choice([1, -1]) for _ in range(100)]
floats = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 0.1, 1e300, -1e-300, 5e-324, 2.0**61, 2.0**62, float('inf'), float('-inf'), 3.141592653589793,
          1.7976931348623157e308, 2.0**-61, 2.0**-62, 123456.789]
floats += [rng.uniform(-1, 1) * 10 ** rng.randint(-300, 300) for _ in range(100)]

def tuple_items():
    yield ()
    yield (1,)
    yield (-1,)
    yield (1, 2)
    yield (1, 2, 3)
    yield (0.5, -1, 10**30)
    yield ((1, 2), (3,))
    yield (-2, -1)
    for _ in range(60):
        n = rng.randint(0, 6)
        yield tuple(rng.choice([rng.randint(-10**6, 10**6), rng.uniform(-5, 5), rng.getrandbits(100)]) for _ in range(n))

def item_hashes(t):
    return [str(hash(x)) for x in t]

data = {
    'int': [[str(a), str(hash(a))] for a in ints],
    'float': [[repr(x), str(hash(x))] for x in floats],
    # Item hashes as CPython gives them, and the tuple's hash; nested tuples as their hash.
    'tuple': [[item_hashes(t), str(hash(t))] for t in tuple_items()],
}
out = os.path.join(os.path.dirname(__file__), '..', 'src', 'python', 'values', 'testdata', 'hashing.json')
with open(out, 'w') as f:
    json.dump(data, f, indent=0)
print('->', out)
