# @dataclass(order=True, frozen=True)
from dataclasses import dataclass, FrozenInstanceError, asdict, astuple, replace
@dataclass(order=True, frozen=True)
class Ver:
    major: int
    minor: int = 0
print(sorted([Ver(1, 5), Ver(1, 2), Ver(0, 9)]), Ver(1) < Ver(1, 1), hash(Ver(1, 2)) == hash(Ver(1, 2)))
try:
    Ver(1).major = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(asdict(Ver(2, 3)), astuple(Ver(2, 3)), replace(Ver(2, 3), minor=9))
