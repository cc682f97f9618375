"""Expectations for src/python/values/mt-random.ts: CPython 3.12's Mersenne Twister.

Run: ~/.pyenv/versions/3.12.1/bin/python3 scripts/gen-values-random.py
Writes src/python/values/testdata/random.json. Ints are decimal strings, floats reprs.
"""
import json, os, random, sys

assert sys.version_info[:2] == (3, 12), sys.version
sys.set_int_max_str_digits(0)

seeds = [0, 1, 2, 42, -42, 12345, 2**32 - 1, 2**32, 2**32 + 1, 2**64 + 5, -(2**100) - 7, 10**50, 2**19937]
bits = [1, 2, 5, 8, 31, 32, 33, 53, 63, 64, 65, 100, 128, 300, 1000]
out = []
for s in seeds:
    r = random.Random(s)
    rec = {'seed': str(s), 'random': [repr(r.random()) for _ in range(12)]}
    rec['getrandbits'] = [[k, str(r.getrandbits(k))] for k in bits]
    rec['randint'] = [str(r.randint(1, 6)) for _ in range(20)] + [str(r.randint(0, 10**30)) for _ in range(5)]
    xs = list(range(10))
    r.shuffle(xs)
    rec['shuffle'] = xs
    rec['after'] = repr(r.random())
    out.append(rec)
r = random.Random(42)
state = r.getstate()
r.random()
mid = r.getstate()
data = {'seeds': out, 'state42': [str(x) for x in state[1]], 'state42after1': [str(x) for x in mid[1]]}
path = os.path.join(os.path.dirname(__file__), '..', 'src', 'python', 'values', 'testdata', 'random.json')
with open(path, 'w') as f:
    json.dump(data, f)
print('->', path)
