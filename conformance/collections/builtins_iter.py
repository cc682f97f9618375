# zip, enumerate, map, filter, reversed, range, any, all
print(list(zip([1, 2, 3], 'ab')), list(enumerate('xy', start=5)), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
print(list(filter(None, [0, 1, '', 'a', None])), list(reversed([1, 2, 3])), list(range(10, 0, -3)), range(5)[2], len(range(0, 100, 7)))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(x > 0 for x in [1, -1]), list(zip()), dict(enumerate('ab')))
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(e)
