# **kwargs preserves keyword order and merges
def f(**kw):
    return list(kw.items())
print(f(z=1, a=2, m=3), f(**{'b': 1}, a=2))
try:
    f(**{'a': 1}, a=2)
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
