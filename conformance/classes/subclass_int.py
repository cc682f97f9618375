# subclasses of int: real instances of the subclass (type, attributes, overridden dunders), plain int results from int's own operators
class Age(int):
    pass

a = Age(5)
print(type(a) is Age, type(a).__name__, isinstance(a, int), isinstance(a, Age))
print(a, repr(a), str(a), f'{a}', f'{a:03d}', '%d' % a, '%s' % a)
print(a + 1, type(a + 1) is int, type(1 + a) is int, type(-a) is int, type(a * a) is int)
print(a == 5, 5 == a, a < 6, hash(a) == hash(5), bool(Age(0)), bool(a))
a.note = 'extra'
print(a.note, a.__dict__)
print({a: 'x'}[5], {5: 'y'}[a], a in {5}, [1, 2, 3, 4, 5, 6][a])
print(a.bit_length(), a.real, a.numerator, int(a), type(int(a)) is int, float(a))
print(int.__add__(a, 1), Age.__add__(a, 2), abs(Age(-3)), divmod(a, 2), a ** 2, a // 2, a % 3)
print(range(a), list(range(Age(3))), 'ab' * Age(2), round(a))

class Money(int):
    def __repr__(self):
        return f'Money({int(self)})'
    def __str__(self):
        return f'${int(self)}'
    def __add__(self, other):
        return Money(int(self) + int(other))

m = Money(7)
print(m, repr(m), str(m), f'{m}', f'{m:>5}', [m], m + 1, type(m + 1).__name__, 1 + m, type(1 + m).__name__)

class OnlyRepr(int):
    def __repr__(self):
        return 'OnlyRepr!'
print(OnlyRepr(1), str(OnlyRepr(1)), f'{OnlyRepr(1)}', [OnlyRepr(2)])

class Tagged(int):
    def __new__(cls, value, tag):
        self = super().__new__(cls, value)
        self.tag = tag
        return self
t = Tagged(3, 'three')
print(t, t.tag, t * 2, type(t).__name__)
n = int.__new__(Age, 12)
print(n, type(n) is Age)
print(Age('42'), Age('ff', 16), Age(3.9), Age(), type(Age()) is Age)

class WithInit(int):
    def __init__(self, value):
        self.doubled = self * 2
w = WithInit(21)
print(w, w.doubled)

class Rev(int):
    def __radd__(self, other):
        return 'Rev.__radd__'
print(1 + Rev(2), Rev(2) + 1)

class Eq(int):
    def __eq__(self, other):
        return True
try:
    hash(Eq(1))
except TypeError as e:
    print('TypeError:', e)
print(Eq(1) == 99, sorted([Age(3), 1, Age(2)]), max(Age(3), Age(9)), sum([Age(1), Age(2)]))
print(isinstance(True, int), issubclass(Age, int), Age.__mro__)
for base in (bool, type(None), range, slice, type(len)):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print('TypeError:', e)
