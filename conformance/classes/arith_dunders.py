# __add__, __radd__, __iadd__, __mul__, __neg__, __abs__, __bool__
class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __repr__(self): return f'Vec({self.x}, {self.y})'
a = Vec(1, 2)
print(a + Vec(3, 4), a * 3, 2 * a, -a, abs(Vec(3, 4)), bool(Vec(0, 0)), sum([a, a, a]))
try:
    a + 1
except AttributeError as e:
    print(e)
try:
    a - a
except TypeError as e:
    print(e)
