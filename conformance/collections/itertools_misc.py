# itertools chain, groupby, accumulate, zip_longest, takewhile, dropwhile, starmap, pairwise, batched
from itertools import chain, groupby, accumulate, zip_longest, takewhile, dropwhile, starmap, pairwise, batched, compress, tee
import operator
print(list(chain([1, 2], 'ab')), list(chain.from_iterable([[1], [2, 3]])))
print([(k, list(g)) for k, g in groupby('aabbbc')], list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)))
print(list(zip_longest('ab', 'xyz', fillvalue='-')), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(pairwise('abcd')), list(batched(range(7), 3)), list(compress('abcd', [1, 0, 1, 0])))
a, b = tee([1, 2]); print(list(a), list(b))
