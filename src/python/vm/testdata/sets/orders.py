s = {5, 3, 17, 9, 1, 33, 65}
print(s)
s.add(129); s.add(8); s.add(2**40); s.add(-1); s.add(-2)
print(s)
s.remove(17); s.discard(3); s.discard(1000)
print(s)
for i in range(40):
    s.add(i * 8)
print(s)
print(len(s))
t = set()
for i in range(100, 0, -7):
    t.add(i)
print(t)
print(t.pop(), t.pop(), t.pop())
print(t)
a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 40, 48, 56}
b = {8, 16, 24, 32, 40, 48, 56, 64}
print(a | b, b | a)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
print(a.union([100, 8, 3], (200,)), a.intersection([40, 1, 99], {1, 40, 12}))
print(a.difference([1, 2], {3}), a.symmetric_difference([1, 99, 1000]))
c = set(a); c |= b; print(c)
c = set(a); c &= b; print(c)
c = set(a); c -= b; print(c)
c = set(a); c ^= b; print(c)
c = set(range(50)); c.difference_update(range(0, 50, 2)); print(c)
c = set(range(50)); c.intersection_update(range(0, 100, 3)); print(c)
c = set(range(20)); c.symmetric_difference_update([5, 25, 3, 40]); print(c)
print({8, 16, 0, 24, 1})
print({1.5, 2.5, 0.5, 3, True, 2**31, (1, 2), (3, 4), None})
print(frozenset({3, 2, 1, 100, 64}), frozenset())
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({(1, 2), 5.5})))
d = {k: None for k in [9, 1, 17, 33, 2]}
print(set(d), set(d.keys()), set([9, 1, 17, 33, 2]))
u = {frozenset({1}), frozenset({2, 3})}
print({1} in u, {2, 3} in u, set() in u)
u.remove({1}); print(u)
print({x * 9 for x in range(30)})
e = set(range(1000)); e -= set(range(10, 1000)); print(e)
print(sorted({'b', 'a', 'c'}), len({'x', 'y', 'x'}))
m = {1, 'a', 2.0, (1, 'b')}
print(len(m), 1 in m, 'a' in m, 2 in m, (1, 'b') in m)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return f'K({self.v})'
print({K(3), K(1), K(3), K(17)})
print(frozenset([1,2]) == {1, 2}, {1, 2} <= {1, 2, 3}, {1,2}.isdisjoint([3]), {1,2}.issubset([1,2,3]), {1,2,3}.issuperset([1]))
try:
    set().pop()
except KeyError as ex:
    print(repr(ex))
try:
    {[1]}
except TypeError as ex:
    print(ex)
print(set([3, 2, 1]).copy(), frozenset([9, 8]).copy())
big = set(range(0, 60000, 3))
print(len(big), list(big)[:5], list(big)[-5:])
