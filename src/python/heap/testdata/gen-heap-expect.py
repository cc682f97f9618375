"""Expectations for the heap's dict and set tests, from CPython 3.12.

Run: ~/.pyenv/versions/3.12.1/bin/python3 src/python/heap/testdata/gen-heap-expect.py
Writes cpython-orders.json next to this file. Values are tagged so the test
can rebuild them: {"int": "123"}, {"float": 1.5 | "nan" | "inf" | "-inf" | "-0.0"},
{"bool": true}, {"none": null}, {"str": "…"}, {"tuple": [...]}.
"""
import json
import math
import os
import random
import sys

assert sys.version_info[:2] == (3, 12), sys.version


def tag(v):
    if v is None:
        return {"none": None}
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        if math.isnan(v):
            return {"float": "nan"}
        if math.isinf(v):
            return {"float": "inf" if v > 0 else "-inf"}
        if v == 0 and math.copysign(1, v) < 0:
            return {"float": "-0.0"}
        return {"float": v}
    if isinstance(v, str):
        return {"str": v}
    if isinstance(v, tuple):
        return {"tuple": [tag(x) for x in v]}
    raise TypeError(v)


rng = random.Random(20261202)


def element(pool):
    kind = rng.random()
    if kind < 0.55:
        return rng.choice(pool)
    if kind < 0.7:
        return rng.randint(-(2**70), 2**70)
    if kind < 0.8:
        return rng.choice([0.5, -2.5, 1e300, 3.0, float("inf"), -0.0, 2.0**40 + 0.5])
    if kind < 0.9:
        return (rng.choice(pool), rng.choice(pool))
    return rng.choice([None, True, False, 2**30, -(2**30) - 1, 2**61 - 1, 2**61, -1, -2])


def set_case(n_ops, pool):
    s = set()
    ops = []
    pops = []
    for _ in range(n_ops):
        r = rng.random()
        if r < 0.7 or not s:
            x = element(pool)
            s.add(x)
            ops.append(["add", tag(x)])
        elif r < 0.95:
            x = rng.choice(sorted(s, key=repr)) if rng.random() < 0.8 else element(pool)
            s.discard(x)
            ops.append(["discard", tag(x)])
        else:
            pops.append(tag(s.pop()))
            ops.append(["pop"])
    return {"ops": ops, "order": [tag(x) for x in s], "pops": pops}


sets = []
for n, width in [(5, 10), (10, 40), (30, 100), (100, 1000), (300, 200)]:
    for _ in range(3):
        pool = list(range(-width // 4, width))
        sets.append(set_case(n, pool))
sets.append(set_case(1500, list(range(-100, 5000))))
# Deterministic shapes: growth across many ints, delete-all-then-reinsert, collisions mod 8.
s = set()
ops = []
for i in range(0, 200, 7):
    s.add(i * 8)
    ops.append(["add", tag(i * 8)])
for i in range(0, 200, 14):
    s.discard(i * 8)
    ops.append(["discard", tag(i * 8)])
for i in range(5):
    s.add(-i)
    ops.append(["add", tag(-i)])
sets.append({"ops": ops, "order": [tag(x) for x in s], "pops": []})

literals = []
for src in ["{3, 1, 2}", "{10, 2, 33}", "{8, 16, 0, 24, 1}", "{-1, -2, 5, 2**40, 17}", "{100, 200, 300, 7, 9, 11, 13}",
            "{1.5, 2, 3.0, None}", "{(1, 2), (2, 1), 3}", "{i * 9 for i in range(20)}"]:
    literals.append({"src": src, "elements": [tag(x) for x in eval(src)], "order": [tag(x) for x in eval(src)]})
# The elements in source order, so the test can insert them one by one.
literals_src_order = {
    "{3, 1, 2}": [3, 1, 2],
    "{10, 2, 33}": [10, 2, 33],
    "{8, 16, 0, 24, 1}": [8, 16, 0, 24, 1],
    "{-1, -2, 5, 2**40, 17}": [-1, -2, 5, 2**40, 17],
    "{100, 200, 300, 7, 9, 11, 13}": [100, 200, 300, 7, 9, 11, 13],
    "{1.5, 2, 3.0, None}": [1.5, 2, 3.0, None],
    "{(1, 2), (2, 1), 3}": [(1, 2), (2, 1), 3],
    "{i * 9 for i in range(20)}": [i * 9 for i in range(20)],
}
import dis
for lit in literals:
    lit["elements"] = [tag(x) for x in literals_src_order[lit["src"]]]
    # Constant displays of 3+ items compile to BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE.
    lit["folded"] = any(i.opname == "SET_UPDATE" for i in dis.get_instructions(lit["src"]))


def dict_case(n_ops, pool):
    d = {}
    ops = []
    for step in range(n_ops):
        r = rng.random()
        if r < 0.7 or not d:
            k = element(pool) if rng.random() < 0.8 else rng.choice(["a", "b", "name", "x" * 3, "é", "😀"])
            d[k] = step
            ops.append(["set", tag(k), step])
        else:
            k = rng.choice(list(d))
            del d[k]
            ops.append(["del", tag(k)])
    return {"ops": ops, "items": [[tag(k), v] for k, v in d.items()]}


dicts = [dict_case(n, list(range(w))) for n, w in [(10, 5), (50, 30), (500, 300), (1500, 2000)]]
# 1, 1.0 and True are one key; the first key object stays.
d = {}
ops = []
for i, k in enumerate([1, 1.0, True, 2, 2.0, 0, False, -0.0, 0.0]):
    d[k] = i
    ops.append(["set", tag(k), i])
dicts.append({"ops": ops, "items": [[tag(k), v] for k, v in d.items()]})

hashes = [[tag(v), str(hash(v))] for v in [0, 1, -1, -2, 2**30, -(2**30) - 1, 2**61 - 2, 2**61 - 1, 2**61, -(2**61), 2**100,
                                           0.5, -0.0, 1e300, float("inf"), float("-inf"), 3.0, None, True, False,
                                           (), (1, 2), (1, (2, 3.5)), (None, -1)]]
# frozensets are tagged by their elements (the test builds them with newSet(..., frozen)).
frozen_hashes = [[[tag(x) for x in fs], str(hash(frozenset(fs)))] for fs in [[], [1, 2, 3], [-1, 2**70, (1, 2), 0.5], [3.0, None, True]]]

out = {"generator": os.path.basename(__file__), "python": sys.version.split()[0],
       "sets": sets, "setLiterals": literals, "dicts": dicts, "hashes": hashes, "frozenHashes": frozen_hashes}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cpython-orders.json"), "w") as f:
    json.dump(out, f, separators=(",", ":"))
    f.write("\n")
