def f(x, lo, hi):
    if lo < x < hi:
        return 1
    while 0 <= x <= 10 and x:
        x -= 1
    return x
# ---
def f(a, b, c):
    return a and b or c
# ---
def f(a, b):
    x = (a and b) or (b and not a)
    return x
# ---
result = (
    'a b c'
    .upper()
    .split()
)
n = (result
     .count)
# ---
import threading
out = []
def fact(k):
    return 1 if k < 2 else k * fact(k - 1)
ts = [threading.Thread(target=lambda k=k: out.append(fact(k))) for k in (5, 10, 3)]
# ---
def f(m):
    return [sum(x for x in row) for row in m]
# ---
def f(a):
    if a < 1 < 2:
        return 1
# ---
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
# ---
import threading
def start(work):
    ts = [threading.Thread(target=lambda: work(n)) for n in range(4)]
    return ts
