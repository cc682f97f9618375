# --- arithmetic
print(7 // -2, 7 % -3, -7 // 2, 2 ** 100, 1 / 3, 10 / 4, round(2.5), round(0.125, 2), 1e16, 0.1 + 0.2)
# --- strings
s = 'Hello, World'
print(s.lower(), s.split(', '), s[::-1], s.find('o'), f'{3.14159:.2f}|{42:>6}|{"x"!r}|{1234567:,}', '%5.1f%%' % 12.345)
# --- collections
d = {}
d['b'] = 1
d['a'] = 2
del d['b']
d['b'] = 3
print(d, {3, 1, 2}, sorted({'x': 1, 'a': 2}), [x * x for x in range(5)], tuple(reversed([1, 2])))
# --- classes
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} makes a sound'
class Dog(Animal):
    def speak(self):
        return super().speak() + ' (woof)'
    @property
    def upper(self):
        return self.name.upper()
d = Dog('rex')
print(d.speak(), d.upper, isinstance(d, Animal), Dog.__mro__)
# --- generators
def count(n):
    i = 0
    while i < n:
        got = yield i
        if got:
            i += got
        i += 1
g = count(10)
print(next(g), g.send(3), list(g))
def outer():
    yield 'a'
    yield from count(2)
print(list(outer()))
# --- closures
def make():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return add
f = make()
f(2)
print(f(3))
# --- exceptions
try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('bad') from e
except ValueError as v:
    print(repr(v), repr(v.__cause__))
def inner():
    return 1 / 0
inner()
# --- gil counter
import threading
counter = 0
def work():
    global counter
    for _ in range(50000):
        counter += 1
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
# --- sleep and threads
import threading, time
start = time.monotonic()
def napper(n):
    time.sleep(n)
    print('woke', n)
ts = [threading.Thread(target=napper, args=(x,)) for x in (0.3, 0.1, 0.2)]
for t in ts: t.start()
for t in ts: t.join()
print(time.monotonic() - start >= 0.3, threading.current_thread().name)
# --- thread exception
import threading
def bad():
    raise RuntimeError('boom')
t = threading.Thread(target=bad)
t.start()
t.join()
print('main goes on')
# --- deadlock
import threading
lock = threading.Lock()
lock.acquire()
print('first acquire ok')
lock.acquire()
# --- fork copies
import multiprocessing as mp
items = ['original']
def child():
    items.append('child')
    print('child sees', items)
p = mp.Process(target=child)
p.start()
p.join()
print('parent sees', items, p.exitcode)
# --- queue between processes
import multiprocessing as mp
def produce(q):
    for i in range(3):
        q.put({'n': i, 'sq': i * i})
if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=produce, args=(q,))
    p.start()
    print([q.get() for _ in range(3)])
    p.join()
# --- sys exit
import sys
print('bye')
sys.exit(4)
# --- super with arguments
class Base(object):
    def __init__(self):
        self.ready = True
class Derived(Base):
    def __init__(self):
        super(Derived, self).__init__()
        self.extra = 1
print(Derived().__dict__, super(Derived, Derived()).__init__.__name__)
# --- match patterns
from collections import deque, OrderedDict, defaultdict
class P:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
def f(v):
    match v:
        case P(1, y=2): return 'p12'
        case P(x, y) if x > y: return f'p {x}>{y}'
        case {'a': 1, **rest}: return f'a1 {rest}'
        case [1, *mid, 9]: return f'seq {mid}'
        case str(s) | bytes(s): return f'strish {s!r}'
        case int(n) | float(n): return f'num {n}'
        case (a, b): return f'pair {a} {b}'
        case _: return 'other'
for v in [P(1, 2), P(5, 3), P(1, 9), {'a': 1, 'b': 2}, OrderedDict(a=1), defaultdict(int, a=1), [1, 2, 3, 9], deque([1, 9]), range(1, 10, 8), 'xy', b'z', 3, 2.5, (1, 2), 'ab', {1, 2}]:
    print(f(v))
def f2(v):
    match v:
        case P(1, 2, 3): return 1
def f3(v):
    match v:
        case int(1, 2): return 1
class K:
    a = b = 'a'
def f4(v):
    match v:
        case {K.a: 1, K.b: 2}: return 1
for bad in [lambda: f2(P(1, 2)), lambda: f3(P(1, 2)), lambda: f4({'a': 1})]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(f3(3))
# --- complex numbers
z = complex(1.5, -2)
print(z, -z, +z, z == 1.5-2j, z != 1, complex(2) == 2, 2 == complex(2), hash(complex(2)) == hash(2), {complex(1): 'a', 1: 'b'})
print(1j * 1j, 2 ** 0.5j, (1+2j) ** 2, 1 / (1+1j), complex('1e3'), complex(1j, 1j), complex(real=3), complex(imag=2))
print(bool(0j), bool(1j), abs(-3j), isinstance(1j, complex), type(1j), (2+3j).real, 3 .real, 2.5 .conjugate())
for bad in ['1+', 'x']:
    try: complex(bad)
    except ValueError as e: print(e)
for f in [lambda: 1j < 2, lambda: 1j // 2, lambda: complex([]), lambda: complex('1', 2), lambda: 1j / 0, lambda: 0j ** -1, lambda: int(1j), lambda: float(1j), lambda: pow(1j, 2, 3)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(f'{1j}', str(-0j), repr(complex(-0.0, 0)), (-8) ** (1/3), 2j ** 2, sum([1j, 2]), [1j, 2j].index(2j), 1j in {1j})
# --- names bound to None
match {'a': None}:
    case {'a': None}: print('ok')
    case _: print('bad')
x = None
class C:
    x = None
    def f(self): return x
print(C().f(), C.x)
for v in [None, 0]:
    print(repr(v))
def g():
    return x
print(g())
# --- function attributes
def f(a, b=2, *args, c, **kw) -> int:
    x = 1
    def g(): return x
    return g
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames, f.__code__.co_name, f.__code__.co_cellvars)
g = f(1, c=2)
print(g.__code__.co_freevars, g.__closure__[0].cell_contents, f.__closure__, f.__annotations__, g.__annotations__)
def h(): pass
h.__annotations__['z'] = 1
print(h.__annotations__, abs.__doc__, print.__doc__.splitlines()[0])
# --- int and float methods
import sys
sys.set_int_max_str_digits(0)
print(len(str(10**5000)))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), sys.float_info.mant_dig)
try:
  int("1"*5001)
except ValueError as e: print(e)
try:
  sys.set_int_max_str_digits(5)
except ValueError as e: print(e)
sys.set_int_max_str_digits(4300)
print((1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff\xfe', 'big', signed=True), (-2.5).__abs__(), (0.1).hex(), float.fromhex('-0x1.ffffp10'), len('a\ud800b'))
# --- generator blocking on a child process
import multiprocessing
def child(q):
    q.put(sorted([3, 1, 2], key=lambda x: -x))
def results(q, n):
    for _ in range(n):
        yield q.get()
if __name__ == '__main__':
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(q,))
    p.start()
    print(list(results(q, 1)))
    p.join()
    print(p.exitcode)
# --- case mappings
for s in ['hello world', 'ßtraße', "they're bill's", 'ǅungla', 'İx', 'ﬁne', 'Σσς ΑΣ', 'a1b2', '', 'HeLLo']:
    print(s.title(), s.capitalize(), s.swapcase(), s.casefold(), s.istitle(), s.title().istitle())
# --- None bound at module level
def nothing():
    return None
r = nothing()
flag = None
print(r, flag, [flag for _ in range(2)])
# --- descriptors and tuple.__new__
class Field:
    def __init__(self, i):
        self.i = i
    def __get__(self, obj, owner=None):
        return self if obj is None else tuple.__getitem__(obj, self.i)
    def __set__(self, obj, v):
        raise AttributeError("can't set attribute")
class Pair(tuple):
    first = Field(0)
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
p = Pair(3, 4)
try:
    p.first = 9
except AttributeError as e:
    print(e)
print(p, p.first, type(Pair.first).__name__, len(p), int.__new__(int, '12'))

# --- compile, exec and eval
import sys
c = compile('x + 1', '<s>', 'eval')
x = 41
print(eval(c), eval('x * 2'), eval('  x'))
exec('y = x + 1\nprint("y", y)')
print(y)
g = {}
exec('a = 5\ndef f(): return a * 2', g)
print(sorted(k for k in g if k != '__builtins__'), g['f']())
exec(compile('x\n', '<s>', 'single'))
exec(compile('for i in range(3): i\n', '<s>', 'single'))
exec(compile('None\n', '<s>', 'single'))
exec(compile('"doc"\n', '<s>', 'single'))
print(_)
def hook(v):
    print('hook got', repr(v))
sys.displayhook = hook
exec(compile('[1, 2]', '<s>', 'single'))
sys.displayhook = sys.__displayhook__
for src, mode in [('x = = 1', 'exec'), ('x=1\ny=2\n', 'single'), ('x=1', 'eval'), ('if 1:\n  pass\nz=3', 'single'), ('(1,', 'exec'), ('  x', 'exec')]:
    try:
        compile(src, '<console>', mode)
    except SyntaxError as e:
        print(type(e).__name__, e.args, str(e))
l = {}
exec('q = 3', None, l)
print(l)
def inner():
    z = 7
    return eval('z + x')
print(inner())
try:
    eval('1/0')
except ZeroDivisionError as e:
    print('caught', e)
print(SyntaxError('m').lineno, SyntaxError('m', ('f.py', 2, 3, 't', 2, 4)).end_offset)
exec('x = 1; y = 2', {})

# --- compile errors in eval mode
for s in ['x = 1', 'import os', 'x += 1', '1; 2', 'if x: y', 'x\ny', 'x=1', 'a: int = 3', 'pass']:
  try: compile(s, '<s>', 'eval')
  except SyntaxError as e: print(repr(s), e.args)

# --- code.interact: a REPL session
import code, sys
sys.stderr = sys.stdout
lines = iter(['x = 1', 'x + 1', 'if x:', '    print("yes")', '', 'for i in range(3): i', '', 'def f(n):', '    return n * 2', '', 'f(21)',
              'x = = 1', '1/0', 'f(None) + 1', 'undefined_name', '[1, 2', ' 3]', '"""abc', 'def"""', '_', 'None', 'raise ValueError("bad")',
              'try:', '  1/0', 'except ZeroDivisionError as e:', '  print("caught", e)', '', 'class A:', '  def __repr__(self): return "<A>"', '', 'A()', 'print(_)',
              'exec("y = = 2")', 'x = (', '1,', '2)', 'x', 'import sys; sys.ps1'])
def read(prompt):
    try:
        l = next(lines)
    except StopIteration:
        raise EOFError
    sys.stdout.write(prompt + l + '\n')
    return l
code.interact(banner='', readfunc=read, local={'__name__': '__console__'}, exitmsg='bye')

# --- codeop.compile_command: complete, incomplete, error
import codeop
cases = ['x = 1', 'if x:', 'if x:\n  y', 'if x:\n  y\n', 'if x: y', 'if x: y\n', '(1,', '(1,\n2', 'x = (1,\n2)', '"""abc', 'x = 1 + \\', 'def f():', 'def f():\n  return 1\n', 'x = = 1', 'x = ', '@dec', 'for i in range(3): q.put(i)', 'for i in range(3): q.put(i)\n', 'class A:\n  pass', '', '# c', 'x +', 'print(1))', 'if x:\n  y\nelse:', 'try:\n  x\n', 'lambda:', '[1, 2', 'f(']
for c in cases:
    try:
        r = codeop.compile_command(c, '<console>')
        print(repr(c), 'INCOMPLETE' if r is None else 'CODE')
    except SyntaxError as e:
        print(repr(c), 'ERR', e.args)
# --- queue exceptions' home modules
import queue, _queue
import multiprocessing
print(queue.Empty.__module__, queue.Full.__module__, _queue.Empty is queue.Empty, repr(queue.Empty()))
print(multiprocessing.queues.Empty is queue.Empty, queue.Empty.__qualname__, queue.Empty.__mro__)
try:
    queue.Queue().get_nowait()
except Exception as e:
    print(type(e), f'{type(e).__module__}.{type(e).__qualname__}')
# --- importing the library takes (almost) no time
import time
t0 = time.perf_counter()
import threading, queue, concurrent.futures, multiprocessing
print(time.perf_counter() - t0 < 0.1)
