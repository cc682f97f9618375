# keyword forms of builtin constructors: str(object=...), int(x, base=...), and CPython's errors where keywords are refused
print(repr(str(object=5)), repr(str(object='s')), str(b'hi', 'ascii'), str(object=b'hi', encoding='utf-8'), str(b'ab', errors='strict'), repr(str()))
print(int('ff', base=16), int('0x10', 0), int(base=10, x='7') if False else int('7', base=10))
for f in ['int(x=5)', 'float(x=1.5)', 'list(iterable=[1])', 'tuple(iterable=[1])', 'bool(x=1)', 'range(stop=3)', 'set(iterable=[1])', 'frozenset(iterable=[1])', 'str(5, encoding="utf-8")', 'str(obj=5)', 'int(5, base=10)', 'object(1)', 'object(x=1)']:
    try:
        print(f, '->', repr(eval(f)))
    except TypeError as e:
        print(f, '-> TypeError:', e)
print(dict(a=1, b=2), dict([('a', 1)], b=2), type(type.__dict__).__name__)
