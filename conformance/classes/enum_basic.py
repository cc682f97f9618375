# enum.Enum members, values, iteration, auto
from enum import Enum, auto, IntEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'].value, [c.name for c in Color], Color.RED is Color(1))
class Pri(IntEnum):
    LOW = 1
    HIGH = 2
print(Pri.HIGH > Pri.LOW, Pri.LOW + 1, sorted([Pri.HIGH, Pri.LOW]))
try:
    Color(9)
except ValueError as e:
    print(e)
