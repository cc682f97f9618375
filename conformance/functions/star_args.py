# *args and **kwargs collection and unpacking at call sites
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, *[2, 3], b=4, **{'c': 5}))
def g(a, b, c): return a + b * c
print(g(*[1, 2], 3), g(**{'a': 1, 'b': 2, 'c': 3}))
