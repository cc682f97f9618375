# subclasses of tuple, list, dict and bytes: instances of the subclass, attributes, overridden dunders, base results
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, type(p).__name__, p.first, len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple))
class Stack(list):
    def push(self, x):
        self.append(x)
s = Stack([1])
s.push(2)
s.name = 'st'
print(s, type(s).__name__, s.name, s + [3], type(s + [3]).__name__, s[0], s[:1], type(s[:1]).__name__)
class Counts(dict):
    def __missing__(self, k):
        return 0
c = Counts(a=1)
print(c, c['a'], c['zz'], type(c).__name__, dict(c), c == {'a': 1})
class Blob(bytes):
    pass
b = Blob(b'hi')
print(b, type(b).__name__, b == b'hi', len(b), b[0], b + b'!', type(b + b'!').__name__)
class Init(tuple):
    def __init__(self, it):
        self.n = len(self)
i = Init([4, 5, 6])
print(i, i.n)
class Fz(frozenset):
    pass
print(sorted(Fz([3, 1])), type(Fz([1])).__name__)
