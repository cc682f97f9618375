# list, tuple, dict, set displays, trailing commas, empty forms
print([1, 2, 3,], (1,), (), {}, {'a': 1, 'b': 2,}, {3, 1, 2}, set())
print([*range(3), *'ab'], {**{'x': 1}, 'y': 2}, (*[1, 2], 3))
