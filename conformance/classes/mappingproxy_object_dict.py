# a class's __dict__ is a read-only mappingproxy, live; object() has no __dict__ and takes no attributes; an instance's __dict__ is its own
class C:
    x = 1
    def m(self):
        return 2
d = C.__dict__
print(type(d).__name__, d['x'], 'm' in d, 'y' in d, d.get('y', 'none'), sorted(k for k in d.keys() if not k.startswith('__')))
C.y = 5
print(d['y'], 'y' in d, len(d) == len(C.__dict__), isinstance(d, dict), dict(d)['x'], type(d.copy()).__name__)
for stmt in ["C.__dict__['z'] = 1", "del C.__dict__['x']", "C.__dict__.update(z=1)", "C.__dict__.pop('x')", "C.__dict__.setdefault('z', 1)"]:
    try:
        exec(stmt)
        print(stmt, 'worked')
    except (TypeError, AttributeError) as e:
        print(stmt, '->', type(e).__name__ + ':', e)
print(type(int.__dict__).__name__, 'bit_length' in int.__dict__, type(type.__dict__).__name__)
o = object()
for stmt in ["o.x = 1", "o.__dict__", "setattr(o, 'y', 2)", "object(1)", "object(x=1)"]:
    try:
        exec(stmt)
        print(stmt, 'worked')
    except (TypeError, AttributeError) as e:
        print(stmt, '->', type(e).__name__ + ':', e)
print(hasattr(o, '__dict__'), hasattr(C(), '__dict__'))
class P:
    def __init__(self, **kw):
        self.__dict__.update(kw)
p = P(a=1, b=2)
print(p.a, p.b, p.__dict__, vars(p))
p.__dict__['c'] = 3
print(p.c, vars(p) is p.__dict__)
def f():
    pass
f.__dict__['tag'] = 'hi'
print(f.tag)
