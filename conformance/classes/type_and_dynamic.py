# type() to create classes dynamically; __class__, __name__, __qualname__
Point = type('Point', (object,), {'x': 0, 'show': lambda self: f'P{self.x}'})
p = Point(); p.x = 4
print(p.show(), Point.__name__, type(p).__name__, p.__class__.__name__)
class Outer:
    class Inner: pass
print(Outer.Inner.__qualname__, Outer.Inner.__module__)
