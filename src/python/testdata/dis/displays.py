def f(a, b):
    x = [1, 2, 3]
    y = (a, *b)
    z = {a, b}
    w = {1, 2, 3}
    d = {'k': a, 'j': b}
    e = {a: 1, **b}
    g = [*a, 4, *b]
    return x, y, z, w, d, e, g
# ---
def f(g, a, k):
    g(*a)
    g(1, *a, **k)
    g(x=1, **k)
    return g(*a, y=2)
# ---
def f(a, b):
    a, b = b, a
    x = a if b else -b
    if (n := len(a)) > 3:
        return n
    return x
# ---
@dec
def f():
    pass
@dec.a(1)
@other
class C(Base, metaclass=Meta):
    pass
# ---
x: int = 1
y: str
def f(a: int, *args: str, b: float = 1.0, **kw) -> bool:
    z: int = 2
    return z
# ---
import os.path as p
del a[1:2]
x = 2 ** 10 - 3 * 4 + (1 << 3)
y = 'ab' * 3 + 'c'
z = -1.5 + 2
b = b'a\x00'
c = 2j
t = (1, 2) + (3,)
n = not 1
