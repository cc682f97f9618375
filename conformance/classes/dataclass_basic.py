# @dataclass repr, eq and defaults
from dataclasses import dataclass, field
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
p.tags.append('a')
print(p, Point(1, 2), Point(1) == Point(1), Point(1) == Point(2), Point(3).tags)
