# AttributeError messages for instances, classes and modules
class Foo:
    def __init__(self): self.bar_ = 1
for f in [lambda: Foo().bar, lambda: Foo.baz, lambda: (1).foo, lambda: 'x'.nope, lambda: None.x]:
    try:
        f()
    except AttributeError as e:
        print(e)
import math
try:
    math.nothing
except AttributeError as e:
    print(e)
