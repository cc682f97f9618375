# enum and contextlib details
from enum import Enum, IntEnum, StrEnum, auto, unique
import contextlib, io, sys
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
    def describe(self): return f'{self.name} is {self.value}'
    @classmethod
    def default(cls): return cls.CIRCLE
print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2) is Shape.SQUARE, len(Shape), Shape.SQUARE.describe(), Shape.default())
print(list(Shape.__members__), Shape['ALIAS_FOR_SQUARE'], isinstance(Shape.SQUARE, Shape), type(Shape.SQUARE))
print(Shape.SQUARE == 2, Shape.SQUARE != Shape.CIRCLE, {Shape.SQUARE: 's'}[Shape.SQUARE], 2 in Shape, Shape.CIRCLE in Shape)
try:
    unique(Shape)
except ValueError as e:
    print(e)
class Planet(Enum):
    EARTH = (5.97, 6.37)
    MARS = (0.642, 3.39)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.MARS.mass, Planet.EARTH.value, Planet((0.642, 3.39)))
class Num(IntEnum):
    ONE = auto()
    TWO = auto()
print(Num.TWO, repr(Num.TWO), Num.ONE + Num.TWO, f'{Num.ONE:>3}', Num(2), int(Num.TWO), Num.TWO == 2, sorted([Num.TWO, 1]))
class Col(StrEnum):
    RED = auto()
    BLUE = 'blue!'
print(Col.RED, repr(Col.BLUE), Col.RED.upper(), Col('red'), Col.RED == 'red', f'{Col.BLUE}')
class Missing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A if value == 'a' else None
print(Missing('a'))
try:
    Missing('b')
except ValueError as e:
    print(e)
Func = Enum('Func', 'X Y Z'); print(list(Func), Func.Y.value, repr(Func))
try:
    class Sub(Shape):
        EXTRA = 9
except TypeError as e:
    print(e)
try:
    del Shape.SQUARE
except AttributeError as e:
    print(e)
@contextlib.contextmanager
def managed():
    print('enter')
    try:
        yield 1
    except ValueError:
        print('handled in generator')
    print('exit')
with managed() as v:
    raise ValueError
print('after suppressed', v)
@managed()
def decorated():
    print('in decorated')
decorated()
with contextlib.ExitStack() as st:
    st.enter_context(managed())
    st.push(lambda *exc: print('push saw', exc[0].__name__ if exc[0] else None))
    st.callback(print, 'callback')
    cb = st.pop_all()
print('moved stack not run yet')
cb.close()
try:
    with contextlib.ExitStack() as st:
        st.callback(print, 'cleanup before propagation')
        raise KeyError('x')
except KeyError as e:
    print('propagated', e)
with contextlib.suppress(KeyError, IndexError):
    [][1]
buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    print('to stderr', file=sys.stderr)
print(repr(buf.getvalue()))
class Res:
    def close(self): print('closed')
with contextlib.closing(Res()):
    print('using')
with contextlib.nullcontext() as n:
    print(n)
print(isinstance(managed(), contextlib.AbstractContextManager), issubclass(io.StringIO, contextlib.AbstractContextManager))
