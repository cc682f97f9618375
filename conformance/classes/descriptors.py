# custom descriptor with __get__/__set__/__set_name__
class Typed:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, objtype=None):
        return self if obj is None else getattr(obj, self.name)
    def __set__(self, obj, v):
        if not isinstance(v, int): raise TypeError(f'{self.name[1:]} must be int')
        setattr(obj, self.name, v)
class M:
    x = Typed()
m = M(); m.x = 5; print(m.x, type(M.x).__name__)
try:
    m.x = 'a'
except TypeError as e:
    print(e)
