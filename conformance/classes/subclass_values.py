# builtins and library functions accept instances of int/float/str subclasses
import math
class Meters(float):
    def __repr__(self):
        return f'Meters({float(self)})'
class MyInt(int):
    pass
class Name(str):
    pass
m, i, n = Meters(2.0), MyInt(3), Name('x')
print(math.sqrt(m), math.floor(Meters(2.7)), math.ceil(Meters(2.1)), math.isclose(m, 2.0), math.pow(m, 2), math.log(Meters(math.e)))
print(math.factorial(MyInt(5)), math.gcd(MyInt(12), 18), math.hypot(m, Meters(1.5)), math.fabs(Meters(-1.0)), math.trunc(Meters(3.9)))
print(abs(Meters(-2.5)), abs(MyInt(-4)), round(Meters(2.567), 2), round(MyInt(7)), round(Meters(2.5)), type(abs(MyInt(-4))).__name__)
print(int(m), int(MyInt(9)), int(Name('42')), float(i), float(Name('1.5')), int(Name('ff'), 16), complex(m))
print(str(n), len(n), '-'.join([Name('a'), Name('b'), 'c']), Name('a,b').split(','), n.upper(), n + 'y', 'y' + n)
print(list(range(MyInt(3))), list(range(MyInt(1), MyInt(7), MyInt(2))), [10, 20, 30, 40][MyInt(1)], 'hello'[MyInt(1):MyInt(3)])
print('%d %s %r %.1f %x' % (MyInt(3), n, n, m, MyInt(255)), '{} {:.2f} {:>4}'.format(i, m, n), f'{i:03d} {m:.1f} {n!r}')
print(format(MyInt(42), 'x'), format(m, '.3f'), format(n, '>5'), hex(MyInt(255)), oct(MyInt(8)), bin(MyInt(5)), chr(MyInt(65)), ord(Name('A')))
print(hash(MyInt(3)) == hash(3), hash(Name('x')) == hash('x'), hash(Meters(2.0)) == hash(2.0))
d = {3: 'three', 'x': 'ex', 2.0: 'two'}
print(d[MyInt(3)], d[Name('x')], d[Meters(2.0)], MyInt(3) in d, Name('x') in {'x'}, {MyInt(1): 'a'}[1])
print(sorted([MyInt(3), 1, MyInt(2)]), sorted([Name('b'), 'a', Name('c')]), max(Meters(1.5), 1), min([MyInt(9), MyInt(4)]))
print(isinstance(i, int), isinstance(m, float), isinstance(n, str), issubclass(MyInt, int), type(i + 1).__name__, type(n + 'y').__name__)
print(sum([MyInt(1), MyInt(2)]), divmod(MyInt(7), 2), pow(MyInt(2), MyInt(10)), pow(MyInt(2), 3, MyInt(5)), MyInt(7) // 2, m * 2)
print([1, 2, 3] * MyInt(2), 'ab' * MyInt(2), bytes(MyInt(2)), bytearray(MyInt(1)), str(MyInt(5)), repr(MyInt(5)))
print(n.startswith(Name('x')), 'xyz'.startswith(Name('x')), 'a-b'.replace(Name('-'), Name('+')), 'abc'.find(Name('c')), Name('a b').split())
print(getattr(m, Name('real')), setattr(m, Name('unit'), 'm') or m.unit, hasattr(m, Name('imag')))
print(math.sqrt(MyInt(16)), math.exp(MyInt(0)), math.radians(MyInt(180)), math.isfinite(m), math.isnan(Meters('nan')))
print(str.join(Name(', '), ['a', 'b']), Name(' pad ').strip(), len(range(MyInt(5))), [0] * MyInt(3), tuple(range(3))[MyInt(-1)])
print(int(Meters(2.9)), float(MyInt(2)) / 4, MyInt(10) / MyInt(4), Meters(1.0) == 1, MyInt(2) < 2.5, Name('b') > 'a')
