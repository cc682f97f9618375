# staticmethod and classmethod, alternative constructors
class Date:
    count = 0
    def __init__(self, y, m): self.y, self.m = y, m; Date.count += 1
    @classmethod
    def from_str(cls, s): return cls(*map(int, s.split('-')))
    @staticmethod
    def valid(m): return 1 <= m <= 12
    def __repr__(self): return f'Date({self.y}, {self.m})'
class Sub(Date): pass
print(Date.from_str('2024-05'), Sub.from_str('1999-1'), type(Sub.from_str('1-1')).__name__, Date.valid(13), Date(1, 1).valid(5), Date.count)
