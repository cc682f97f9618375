# itertools details and edge cases
from itertools import *
import operator
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)))
it = iter(range(10)); print(list(islice(it, 3)), next(it))
for bad in [(-1,), (0, -1), (0, 5, 0)]:
    try:
        islice('abc', *bad)
    except ValueError as e:
        print(e)
print(repr(count(3)), repr(count(1, 2)), repr(count(1.5)), next(count(2.5, 0.5)), repr(repeat('a', 2)), repr(repeat(1)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([])), list(accumulate([3, 1, 4], max)))
print(list(chain()), list(chain.from_iterable(['ab', 'c'])), list(zip_longest([1], [], [2, 3])))
print([(k, len(list(g))) for k, g in groupby(sorted('abracadabra'))], [k for k, _ in groupby([1, 1, 2, 1])])
g = groupby('aabb'); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
print([(k, list(v)) for k, v in groupby(range(7), key=lambda x: x // 3)])
print(list(filterfalse(None, [0, 1, 2, 0])), list(filterfalse(lambda x: x % 2, range(6))))
print(list(product()), list(product('ab', repeat=0)), list(permutations('abc')), list(permutations([], 0)))
print(list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations_with_replacement('abc', 2)))
print(list(permutations(range(3), 4)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
a, b, c = tee('xyz', 3); print(next(a), list(b), list(a), list(c), tee([], 0))
print(list(pairwise([])), list(pairwise([1])), list(batched('abcdefg', 2)), list(starmap(operator.mul, zip([1, 2], [3, 4]))))
try:
    list(batched('a', 0))
except ValueError as e:
    print(e)
print(list(takewhile(bool, [1, 0, 1])), list(dropwhile(bool, [1, 0, 1])), list(compress(range(5), [1, 0, 1])))
cyc = cycle([]); print(list(cyc))
print(list(zip(count(), 'ab')), list(repeat(None, 0)), list(repeat('z', -1)))
