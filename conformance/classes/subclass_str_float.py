# subclasses of str and float: instances of the subclass with the base type's methods and operators, plain results
class Name(str):
    def shout(self):
        return self.upper() + '!'

n = Name('ada lovelace')
print(type(n) is Name, isinstance(n, str), n, repr(n), str(n), type(str(n)) is str, f'{n}', f'{n:>14}|', '%s|%r' % (n, n))
print(n.shout(), n.split(), n.title(), type(n.upper()) is str, len(n), n[0], n[-3:], 'ada' in n, n.startswith('ada'))
print(n + '!', type(n + '!') is str, '<' + n, n * 2, n == 'ada lovelace', hash(n) == hash('ada lovelace'), bool(Name('')))
print({n: 1}['ada lovelace'], {'ada lovelace': 2}[n], ', '.join([Name('a'), Name('b')]), 'x'.join(Name('abc')), list(Name('hi')))
print(sorted([Name('b'), 'a', Name('c')]), max(Name('b'), 'a'), n.replace(Name('ada'), 'ADA'), n.count('a'), int(Name('12')), float(Name('1.5')))
n.lang = 'en'
print(n.lang, n.__dict__, Name.__mro__, str.upper(n), 'Hi {}'.format(n))

class Loud(str):
    def __str__(self):
        return self.upper()
    def __len__(self):
        return 99
l = Loud('quiet')
print(l, str(l), f'{l}', repr(l), len(l), '%s' % l, 'x{}'.format(l), [l])

class Meters(float):
    def __repr__(self):
        return f'{float(self)} m'
m = Meters(2.5)
print(m, repr(m), [m], m + 1, type(m + 1) is float, m * 2, m > 2, int(m), round(m), f'{m:.2f}', m.is_integer(), hash(m) == hash(2.5))
print(Meters('3.25'), type(Meters(1)) is Meters, float(m), type(float(m)) is float, -m, abs(Meters(-1.5)), m.real)

class Token(str):
    def __new__(cls, text, kind):
        self = super().__new__(cls, text)
        self.kind = kind
        return self
t = Token('if', 'keyword')
print(t, t.kind, t == 'if', t.upper(), str.__new__(Name, 'made') + '', type(str.__new__(Name, 'made')).__name__)
