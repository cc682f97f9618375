x = 1
# ---
x = y = z = 0
# ---
a, b = b, a
# ---
a, *rest = items
# ---
[a, b], c = x
# ---
(a, b) = 1, 2
# ---
x += 1
# ---
x.y -= 2
# ---
x[0] **= 3
# ---
x //= 2; y >>= 1; z @= m; w |= 1
# ---
x: int
# ---
x: int = 5
# ---
(x): int = 5
# ---
a.b: str = 'q'
# ---
del x
# ---
del x, y[0], z.w
# ---
del (a, b)
# ---
pass
# ---
assert x
# ---
assert x, 'message'
# ---
import os
# ---
import os.path as p, sys
# ---
from . import x
# ---
from .. import y as z
# ---
from ...pkg.mod import (a, b as c,)
# ---
from threading import *
# ---
from threading import Thread, Lock
# ---
global_var = 1
def f():
    global global_var
    global_var += 1
# ---
def outer():
    x = 1
    def inner():
        nonlocal x
        x = 2
    return inner
# ---
raise
# ---
raise ValueError('bad')
# ---
raise ValueError from err
# ---
x = 1; y = 2;
# ---
x = 1  # comment
# comment line

y = 2
# ---
def f():
    return
# ---
def f():
    return 1, 2
# ---
def g():
    yield
    yield 1
    x = yield 2
    yield from other()
# ---
f()
# ---
x = *a, *b
# ---
for x in *a, *b: pass
