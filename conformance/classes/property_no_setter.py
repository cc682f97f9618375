# a property without a setter or deleter: CPython 3.12's AttributeError names the attribute
class C:
    x = property(lambda self: 1)

    @property
    def y(self):
        return 2

    def _z(self):
        return 3

    z = property(_z)


c = C()
print(c.x, c.y, c.z)
for name in 'xyz':
    try:
        setattr(c, name, 5)
    except AttributeError as e:
        print('AttributeError:', e)
    try:
        delattr(c, name)
    except AttributeError as e:
        print('AttributeError:', e)
try:
    c.y += 1
except AttributeError as e:
    print('AttributeError:', e)
