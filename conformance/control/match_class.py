# match class patterns with positional and keyword subpatterns
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
def where(p):
    match p:
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return f'on y axis at {y}'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Point():
            return 'somewhere'
        case int() | float():
            return 'a number'
        case _:
            return 'not a point'
print([where(p) for p in (Point(0, 0), Point(0, 3), Point(4, 0), Point(1, 1), 3.5, 'x')])
