# set operations on ints
a = {1, 2, 3, 4}; b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 4, 5}, {1} < a, a.isdisjoint({9}), 3 in a)
a.add(10); a.discard(1); a.remove(2); print(a, sorted(a), len(a))
try:
    a.remove(99)
except KeyError as e:
    print('KeyError', e)
print(frozenset([1, 2]) | {3}, set(range(5)), {x % 4 for x in range(10)})
