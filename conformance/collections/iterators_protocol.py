# iter/next, StopIteration, iter with sentinel
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration:
    print('StopIteration raised')
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
try:
    next([1])
except TypeError as e:
    print(e)
