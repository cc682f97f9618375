# docstrings and __doc__
def f():
    """First line.

    More detail.
    """
print(repr(f.__doc__))
print((lambda: 0).__doc__, len.__doc__.splitlines()[0])
