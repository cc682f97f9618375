# Python calls on the interpreter's quick path (exact positional arguments) and beside it: closures, recursion limit, methods, defaults, keywords, *args, generators, exceptions through frames
import sys

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print('fib', fib(18))

def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print('RecursionError', e)
# The limit still holds after the overflow (the frames were all popped).
print('after', fib(10))

def outer():
    x = 5
    def inner(y):
        return x + y
    return inner
f = outer()
print('closure', f(3), f(4))

def counter():
    n = 0
    def bump(k):
        nonlocal n
        n += k
        return n
    return bump
b = counter()
print('nonlocal', b(1), b(2), b(3))

class A:
    def __init__(self, v):
        self.v = v
    def m(self, k):
        return self.v + k
a = A(10)
print('method', a.m(5), A.m(a, 6))

def kw(a, b=2, *, c=3):
    return a + b + c
print('defaults', kw(1), kw(1, 5), kw(1, c=10), kw(b=1, a=2))

def va(*args, **kws):
    return len(args), sorted(kws)
print('varargs', va(), va(1, 2, 3), va(x=1))

def two(a, b):
    return a, b
for bad in [(1,), (1, 2, 3)]:
    try:
        two(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    two(1, 2, 3)
except TypeError as e:
    print('TypeError', e)

def raiser(x):
    if x:
        raise KeyError(x)
    return 0
def catcher():
    try:
        return raiser(1)
    except KeyError as e:
        return 'caught ' + repr(e)
print(catcher(), raiser(0))

def locals_fresh(a):
    if a:
        y = 1
    try:
        return y
    except UnboundLocalError as e:
        return 'unbound'
print('fresh', locals_fresh(1), locals_fresh(0), locals_fresh(1))

def sub():
    got = yield 1
    print('sub got', got)
    yield 2
    return 'done'
def deleg():
    r = yield from sub()
    print('deleg r', r)
    yield 3
it = deleg()
print(next(it), it.send('hi'), next(it))
try:
    next(it)
except StopIteration:
    print('stop')

def thrower():
    try:
        yield 1
    except ValueError as e:
        print('caught in generator', e)
        yield 2
t = thrower()
next(t)
print('throw', t.throw(ValueError('x')))

def gen_caller(g):
    return list(g)
def squares(n):
    for i in range(n):
        yield helper(i)
def helper(i):
    return i * i
print('nested', gen_caller(squares(5)), sum(helper(x) for x in range(4)))
print('sorted', sorted([3, 1, 2], key=lambda v: -v))

def ret_const():
    return 42
def ret_none():
    pass
print('returns', ret_const(), ret_none())

s = 0
for i in range(1000):
    s = two(s, i)[0] + i
print('loop', s)
print('truth', [v for v in [0, 1, '', 'a', [], [0], None, 0.0, True, False] if v])
