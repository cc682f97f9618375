# exception raised in finally replaces the original
def f():
    try:
        raise ValueError('original')
    finally:
        raise TypeError('from finally')
try:
    f()
except TypeError as e:
    print(repr(e), repr(e.__context__))
