# One call site seeing builtin and user types (the VM caches builtin methods per site); builtins cannot be monkeypatched
import sys

class L(list):
    def append(self, x):
        super().append(('wrapped', x))

class D(dict):
    def get(self, k, default=None):
        return ('D.get', k, default)

class Bag:
    def __init__(self):
        self.items = []
    def append(self, x):
        self.items.append(x * 10)
    def get(self, k, default=None):
        return 'Bag.get'

class Lazy:
    def __getattr__(self, name):
        return lambda *a: (name, a)

class Shadow:
    def __init__(self):
        self.append = lambda x: ('instance attr', x)

def feed(target, x):
    target.append(x)      # one LOAD_ATTR/CALL site for every kind of target
    return target

def lookup(m, k):
    return m.get(k, 0)

targets = [[], L(), Bag(), [], L(), Lazy(), Shadow(), []]
for i, t in enumerate(targets):
    r = feed(t, i)
    print(type(t).__name__, r if isinstance(r, list) else getattr(r, 'items', None))
print(Shadow().append(1), Lazy().append(2))
for m in ({'a': 1}, D(a=1), Bag(), {'a': 2}, D(), {}):
    print(type(m).__name__, lookup(m, 'a'))

# ints, bools and floats through one site: bool is an int subclass
for v in (5, True, 2**70, False, 3.5, -7, 1.0, 0):
    print(repr(v), v.conjugate(), (v.bit_length() if hasattr(v, 'bit_length') else 'no bit_length'), v.__class__.__name__)

# strs and a user class with the same method names, at one site
class Words:
    def split(self, sep=None):
        return ['Words.split']
    def upper(self):
        return 'WORDS'
for s in ('a b c', Words(), 'p,q', Words(), ''):
    print(s.split(), s.upper())

# calling through the type, and a stored bound method
lst = []
list.append(lst, 1)
f = lst.append
f(2)
print(lst, f.__self__ is lst, f.__name__, type(f).__name__)

# monkeypatching builtin types is refused, with CPython's words
for stmt in ("list.append = lambda self, x: None", "dict.get = None", "str.split = None", "int.bit_length = None",
             "list.brand_new = 1", "del list.append", "delattr(dict, 'get')", "setattr(str, 'upper', str.lower)",
             "type.__setattr__(list, 'append', 1)", "[].append = 5", "'s'.upper = 1", "(5).bit_length = 1",
             "del [].append", "[].foo = 5", "del [].foo"):
    try:
        exec(stmt)
        print(stmt, 'ok')
    except Exception as e:
        print(stmt, '->', type(e).__name__, e)
x = []
x.append(3)
print(x, 'abc'.upper(), {'k': 1}.get('k'))

# str() and f-strings of ints: the fast path must leave bool, other types and classes with __str__ alone
class Money:
    def __str__(self):
        return 'Money-str'
    def __format__(self, spec):
        return 'Money-format[' + spec + ']'
for v in (0, -12, 2**100, True, False, Money(), 1.5, -0.0, float('inf'), 'text', None, (1,), [2]):
    print(str(v), f'{v}', f'{v!s}', f'{v!r}', repr(v))
print(f'{12:5}|{12:x}|{True:d}|{True}|{Money():>4}|{-3:+}')
print(str(), str(b'ab', 'ascii'), str(str), str(5) is not None)
sys.set_int_max_str_digits(640)
big = 10 ** 700
for conv in (str, lambda v: f'{v}', repr):
    try:
        conv(big)
    except ValueError as e:
        print('ValueError', e)
