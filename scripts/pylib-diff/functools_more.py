# functools details
import functools
from functools import partial, reduce, wraps, lru_cache, cache, total_ordering, cmp_to_key
p = partial(int, base=16); print(p('ff'), p.func, p.args, p.keywords)
p2 = partial(p, '10'); print(p2(), p2.args)
def add(a, b, c=0): return a + b + c
print(repr(partial(add, 1, c=3)).startswith('functools.partial(<function add at'), partial(add, 1)(2))
try:
    reduce(add, [])
except TypeError as e:
    print(e)
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(add, [], 5))
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        'inner doc'
        return f(*a, **k)
    return inner
@deco
def hello(x: int) -> str:
    'hello doc'
    return str(x)
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__annotations__, hello(3))
@lru_cache(maxsize=2)
def sq(x):
    print('compute', x); return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); sq(1)
print(sq.cache_info(), sq.cache_parameters())
sq.cache_clear(); print(sq.cache_info())
@cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
@lru_cache
def one(x): return x
one(1); one(1.0); print(one.cache_info())
@lru_cache(typed=True)
def two(x): return x
two(1); two(1.0); print(two.cache_info())
@total_ordering
class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(N(1) < N(2), N(2) <= N(2), N(3) >= N(4))
try:
    @total_ordering
    class Z: pass
except ValueError as e:
    print(e)
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
class C:
    @functools.cached_property
    def val(self):
        print('computing'); return 42
c = C(); print(c.val, c.val)
@functools.singledispatch
def f(x): return 'base'
@f.register(int)
def _(x): return 'int'
@f.register
def _(x: str): return 'str'
print(f(1), f('a'), f(2.0), f(True), f.dispatch(bool).__name__ if hasattr(f.dispatch(bool), '__name__') else '')
