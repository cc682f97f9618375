# super() in classmethods and in __new__
class Base:
    @classmethod
    def make(cls): return f'Base.make for {cls.__name__}'
class Child(Base):
    @classmethod
    def make(cls): return 'Child -> ' + super().make()
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Child.make(), Single() is Single())
