# __slots__: no __dict__, member descriptors, inheritance, unset and deleted slots
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x)
print(P.x)
print(type(P.x).__name__)
print(P.__slots__)
print(hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print('set:', e)
try:
    print(p.z)
except AttributeError as e:
    print('get:', e)
try:
    print(p.y)
except AttributeError as e:
    print('unset:', e)
p.y = 5
print(p.y)
del p.y
try:
    p.y
except AttributeError as e:
    print('deleted:', e)
try:
    del p.y
except AttributeError as e:
    print('del again:', e)
try:
    p.__dict__
except AttributeError as e:
    print('dict:', e)
print(P.x.__get__(p, P))
P.y.__set__(p, 9)
print(p.y)
print(getattr(p, 'y'), getattr(p, 'z', 'default'))
setattr(p, 'x', 'set')
print(p.x)

class Q(P):
    pass

q = Q(2)
q.z = 3
print(q.x, q.z, q.__dict__)

class R(P):
    __slots__ = ('w',)

r = R(4)
r.w = 5
print(r.x, r.w, hasattr(r, '__dict__'))
try:
    r.v = 1
except AttributeError as e:
    print('R set:', e)

class E:
    __slots__ = ()

try:
    E().a = 1
except AttributeError as e:
    print('empty:', e)

class D:
    __slots__ = ('a', '__dict__')

d = D()
d.a = 1
d.b = 2
print(d.a, d.b, d.__dict__)

class S:
    __slots__ = 'only'
s = S()
s.only = 'one'
print(s.only, S.__slots__)

class M:
    __slots__ = ('__hidden',)
    def __init__(self):
        self.__hidden = 42
    def get(self):
        return self.__hidden
m = M()
print(m.get(), M._M__hidden)

try:
    class Bad:
        __slots__ = ('x',)
        x = 1
except ValueError as e:
    print('conflict:', e)

class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
pts = [Point(i, i * i) for i in range(3)]
print(pts)
print(sum(pt.y for pt in pts))
