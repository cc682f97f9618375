def f(): pass
# ---
def f(a, b=1, *args, c, d=2, **kwargs) -> int:
    return a
# ---
def f(a, /, b, *, c):
    pass
# ---
def f(a, b=2, /, c=3):
    pass
# ---
def f(*, a=1, b):
    pass
# ---
def f(a: int, *args: str, **kw: 'x') -> None:
    pass
# ---
@decorator
def f():
    pass
# ---
@a.b(c)
@d
def f():
    pass
# ---
@x[0]
def g(): ...
# ---
def worker(lock, n):
    for _ in range(n):
        with lock:
            global counter
            counter += 1
# ---
def f(
    a,
    b,
):
    return a + b
# ---
f = lambda *, k: k
# ---
f = lambda a, /, b: a
# ---
def gen():
    x = yield
    return x
