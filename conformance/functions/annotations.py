# function annotations and __annotations__
def f(a: int, b: 'str' = 'x') -> bool:
    return True
print(f.__annotations__, f.__defaults__, f.__name__, f.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
