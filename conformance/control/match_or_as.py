# match or-patterns, as-patterns and value patterns
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
def f(v):
    match v:
        case Color.RED:
            return 'red'
        case (1 | 2 | 3) as small:
            return f'small {small}'
        case [('a' | 'b') as letter, *_]:
            return f'starts with {letter}'
        case _:
            return 'other'
print(f(Color.RED), f(Color.GREEN), f(2), f(['b', 1]), f(['c']))
