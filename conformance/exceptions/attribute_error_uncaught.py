# 'Foo' object has no attribute 'bar' uncaught
class Foo:
    def __init__(self):
        self.baz = 1
f = Foo()
print(f.bar)
