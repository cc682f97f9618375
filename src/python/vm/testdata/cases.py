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
