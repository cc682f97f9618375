# obj.__class__ = B: allowed between compatible classes, CPython's TypeErrors otherwise
class A:
    def hi(self):
        return 'A'


class B:
    def hi(self):
        return 'B'


a = A()
a.x = 1
a.__class__ = B
print(type(a).__name__, a.hi(), isinstance(a, B), isinstance(a, A), a.x)
a.__class__ = A
print(a.hi())


class E(Exception):
    pass


class F(Exception):
    pass


x = E('m')
x.__class__ = F
print(type(x).__name__, x, isinstance(x, Exception))

for target, new in [(a, int), (a, 5), (1, B), (x, A), (a, F), ('s', A)]:
    try:
        target.__class__ = new
        print('assigned', type(target).__name__)
    except TypeError as e:
        print('TypeError:', e)

try:
    del a.__class__
except TypeError as e:
    print('TypeError:', e)
