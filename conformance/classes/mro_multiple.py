# MRO with multiple inheritance (diamond) and cooperative super()
class Base:
    def hello(self): return ['Base']
class L(Base):
    def hello(self): return ['L'] + super().hello()
class R(Base):
    def hello(self): return ['R'] + super().hello()
class D(L, R):
    def hello(self): return ['D'] + super().hello()
print([c.__name__ for c in D.__mro__], D().hello())
