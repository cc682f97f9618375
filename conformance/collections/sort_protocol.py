# list.sort/sorted ask CPython's `<` questions in CPython's order; a raising __lt__ mid-sort leaves the list as CPython does
import random

log = []
limit = [None]

class K:
    __slots__ = ('v', 'tag')
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        log.append((self.tag, other.tag))
        if limit[0] is not None and len(log) >= limit[0]:
            raise ValueError('stop at %d' % len(log))
        return self.v < other.v
    def __repr__(self):
        return '%d/%d' % (self.v, self.tag)

def digest(pairs):
    h = 0
    for a, b in pairs:
        h = (h * 1000003 + a * 7919 + b) % (1 << 61)
    return h

def shapes(rng):
    yield 'random', [rng.randrange(1000) for _ in range(3000)]
    yield 'few values', [rng.randrange(5) for _ in range(2000)]
    yield 'sorted runs', sorted(rng.randrange(10**6) for _ in range(1500)) + sorted(rng.randrange(10**6) for _ in range(700))
    yield 'descending', list(range(500, 0, -1)) + list(range(300))
    yield 'sawtooth', [i % 97 for i in range(2500)]
    yield 'gallop', list(range(0, 4000, 2)) + list(range(1, 200, 2)) + list(range(3000, 3100))
    yield 'small', [3, 1, 2]

rng = random.Random(12345)
for name, vals in shapes(rng):
    items = [K(v, i) for i, v in enumerate(vals)]
    for reverse in (False, True):
        log.clear()
        limit[0] = None
        out = sorted(items, reverse=reverse)
        stable = all((a.v, a.tag if not reverse else -a.tag) <= (b.v, b.tag if not reverse else -b.tag) for a, b in zip(out, out[1:])) if not reverse else all(a.v > b.v or (a.v == b.v and a.tag < b.tag) for a, b in zip(out, out[1:]))
        print(name, 'reverse' if reverse else 'forward', len(log), digest(log), 'stable', stable)

# key= is called once per item, in order, before any comparison
calls = []
def key(x):
    calls.append(x.tag)
    return x
xs = [K(v, i) for i, v in enumerate([5, 2, 9, 2, 7])]
log.clear()
xs.sort(key=key)
print('key calls', calls, 'compares', len(log), xs)

# a raising __lt__ at comparison n: the list keeps CPython's partial order
base = [rng.randrange(300) for _ in range(400)]
for n in (1, 2, 5, 40, 333, 1200, 2500, 2900):
    for reverse in (False, True):
        xs = [K(v, i) for i, v in enumerate(base)]
        log.clear()
        limit[0] = n
        try:
            xs.sort(reverse=reverse)
            print(n, reverse, 'no error')
        except ValueError as e:
            print(n, reverse, e, digest([(x.v, x.tag) for x in xs]), len(xs), xs[:6])
limit[0] = None

# a raising key leaves the list untouched
def bad_key(x):
    if x.tag == 3:
        raise KeyError(x.tag)
    return x.v
xs = [K(v, i) for i, v in enumerate([4, 3, 2, 1, 0])]
try:
    xs.sort(key=bad_key)
except KeyError as e:
    print('key raised', e, xs)

# reverse=True keeps equal items in their original order
pairs = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (1, 'e')]
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, key=lambda p: p[0]))

# exact builtin keys, the fast path: ints, floats (NaN too), strs with astral chars
print(sorted([3, -1, 2**70, -2**70, 0, 5]))
print(sorted([2.5, float('nan'), -1.0, 3.0, float('nan'), 0.0]))
print(sorted(['b', 'a', '\U0001F600', '\uE000', 'ab', '', '\uFFFF', 'a\U00010000', 'a\uFFFD']))
print(sorted(['b', 'a', 'ab', 'ba', 'aa'], reverse=True))
print(sorted([True, False, 2, 1, 0]))
print(sorted([1, 2.5, 0, -0.5, True]))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print('TypeError', e)
class S(str):
    def __lt__(self, other):
        return len(self) < len(other)
print(sorted([S('ccc'), S('a'), S('bb')]))
print(sorted(['ccc', 'a', 'bb'], key=S))
print('\U0001F600' < '\uE000', '\U0001F600' > '\uFFFF', max(['\uE000', '\U0001F600', 'z']), min('\uFFFF\U00010000'))

# a key or __lt__ that grows the list being sorted: the additions are dropped, then ValueError
xs = [3, 1, 2]
def grow(v):
    xs.append(0)
    return v
try:
    xs.sort(key=grow)
except ValueError as e:
    print('ValueError', e, xs)
ys = [K(2, 0), K(1, 1)]
class Grow(K):
    def __lt__(self, other):
        ys.append(K(9, 9))
        return self.v < other.v
ys = [Grow(2, 0), Grow(1, 1)]
try:
    ys.sort()
except ValueError as e:
    print('ValueError', e, ys)
zs = [Grow(2, 0), Grow(1, 1)]
print(sorted(zs), len(ys))
