# a decorator that counts calls and a class-based decorator
import functools
def counted(f):
    @functools.wraps(f)
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@counted
def sq(x): return x * x
sq(2); sq(3)
print(sq.calls, sq.__name__)
class Trace:
    def __init__(self, f): self.f = f
    def __call__(self, *a):
        print('trace', self.f.__name__, a)
        return self.f(*a)
@Trace
def add(a, b): return a + b
print(add(1, 2))
