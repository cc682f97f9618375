def f(a, b=1, *, c, d=2):
    return a
def g(x, y=len, *args, **kw):
    return args
h = lambda n: n * 2
k = lambda: 0
def m(a, /, b, *, c=3):
    pass
# ---
def worker(n, delay=0.1, name='w'):
    key = lambda item: item[1]
    return sorted(n, key=key)
# ---
import threading
def run(count=3):
    for i in range(count):
        t = threading.Thread(target=lambda: print(1))
        t.start()
# ---
def f(a, b=(1, 2), *rest, flag=False, **opts):
    return opts
