# functools.wraps preserves name and docstring
from functools import wraps
def logged(f):
    @wraps(f)
    def wrapper(*a, **k):
        print('calling', f.__name__)
        return f(*a, **k)
    return wrapper
@logged
def add(x, y):
    """Add two numbers."""
    return x + y
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))
