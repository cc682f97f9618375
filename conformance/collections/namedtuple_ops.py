# collections.namedtuple
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]), p == (1, 2))
a, b = p; print(a + b)
P3 = namedtuple('P3', 'x y z', defaults=[0])
print(P3(1, 2), repr(P3))
try:
    p.x = 5
except AttributeError as e:
    print(e)
