# generator state inspection and infinite generators with islice
import inspect, itertools
def g():
    yield 1
it = g()
print(inspect.getgeneratorstate(it)); next(it); print(inspect.getgeneratorstate(it))
list(it); print(inspect.getgeneratorstate(it))
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(itertools.islice(naturals(), 5)))
