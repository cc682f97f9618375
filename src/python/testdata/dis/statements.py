def f(o, a, i, x):
    o.n += 1
    a[i] -= x
    a, b = x
    c, *d = x
    *e, g = x
    assert a, 'msg'
    assert b
    del a, o.n, a[i]
    raise ValueError('x') from None
def g(e):
    raise
def h(e):
    raise e
# ---
def f(n):
    if n:
        x = 1
    return x
def g(n):
    for i in n:
        pass
    return i
def h(n):
    while n:
        y = n
        n = y - 1
    return y
# ---
"""Module doc."""
def f():
    """Function doc."""
    return 1
'not a docstring'
x = y = 0
for k, v in pairs:
    print(k, v)
# ---
class_count = 0
def account(balance):
    del balance
    balance = 1
    return balance
counter.value += 1
items[0] += 2
assert counter.value > 0, counter
# ---
f'{x}'
f'hello'
x = y = z = 0
with a as (b, c):
    pass
# ---
from threading import *
