# @dataclass __post_init__, field(init=False, repr=False), errors
from dataclasses import dataclass, field, fields
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    secret: str = field(default='x', repr=False)
    def __post_init__(self): self.area = self.w * self.h
print(Rect(2, 3), [f.name for f in fields(Rect)])
try:
    Rect(1)
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(e)
