# functools.partial and reduce
from functools import partial, reduce
import operator
base2 = partial(int, base=2)
print(base2('1010'), partial(pow, 2)(10), reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1), reduce(max, [3, 9, 2]))
print(base2.func.__name__, base2.keywords)
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
