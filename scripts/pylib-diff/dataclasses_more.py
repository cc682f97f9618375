# dataclasses details
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, make_dataclass
from typing import ClassVar
@dataclass
class A:
    x: int
    y: list = field(default_factory=list, repr=False)
    z: ClassVar[int] = 5
    def total(self): return self.x + len(self.y)
a = A(1); print(a, A.z, [f.name for f in fields(a)], a.total(), A.__match_args__, A.__init__.__qualname__)
print(is_dataclass(A), is_dataclass(a), is_dataclass(3), A(1) == A(1, []), A(1) != A(2), A.__hash__)
@dataclass
class B(A):
    w: str = 'w'
print(B(1), B(2, [1], 'q'), [f.name for f in fields(B)])
@dataclass(eq=False)
class E:
    v: int
print(E(1) == E(1), E.__hash__ is object.__hash__)
@dataclass(unsafe_hash=True)
class H:
    v: int
    s: str = field(default='a', compare=False)
print(hash(H(1)) == hash(H(1, 'b')), H(1) == H(1, 'b'))
@dataclass(frozen=True)
class F:
    v: int
f = F(1)
for op in (lambda: setattr(f, 'v', 2), lambda: delattr(f, 'v'), lambda: setattr(f, 'new', 1)):
    try:
        op()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
@dataclass
class I:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.a *= scale
print(I(3), I(3, 10), [f.name for f in fields(I)])
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int
print(K(1, c=2), K(1, b=5, c=3))
try:
    K(1, 2, 3)
except TypeError as e:
    print(e)
try:
    K(1)
except TypeError as e:
    print(e)
@dataclass
class N:
    inner: A
    items: list
    m: dict
n = N(A(1, [2]), [A(3)], {'k': (1, 2)})
print(asdict(n), astuple(n))
print(replace(A(1), x=9), make_dataclass('M', ['p', ('q', int, field(default=3))])(1))
try:
    replace(A(1), nope=1)
except TypeError as e:
    print(e)
for attempt in range(3):
    try:
        if attempt == 0:
            @dataclass
            class Bad1:
                x: int = 0
                y: int
        elif attempt == 1:
            @dataclass(order=True, eq=False)
            class Bad2:
                x: int
        else:
            @dataclass
            class Bad3:
                d: dict = {}
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
@dataclass(order=True)
class O:
    a: int
    b: str = ''
print(sorted([O(2), O(1, 'b'), O(1, 'a')]), O(1) < O(2), O(1).__lt__(3))
try:
    O(1) < 3
except TypeError as e:
    print(e)
try:
    @dataclass(order=True)
    class O2:
        a: int
        def __lt__(self, o): return True
except TypeError as e:
    print(e)
print(A(1, [1, 2]).__repr__(), repr(field(default=1)).startswith('Field(name=None,type=None,default=1'))
