# ChainMap and collections.abc checks
from collections import ChainMap
from collections.abc import Mapping, Sequence, Iterable
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.maps)
print(isinstance({}, Mapping), isinstance([], Sequence), isinstance('x', Iterable), isinstance(5, Iterable))
