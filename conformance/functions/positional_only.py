# positional-only parameters with /
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
