def outer(a, z):
    b = 1
    count = 0
    def inner(c):
        nonlocal count
        count += c
        return a + b + c
    def deep():
        def deeper():
            return z
        return deeper
    return inner
# ---
import threading
def make_counter():
    count = 0
    lock = threading.Lock()
    def increment():
        nonlocal count
        lock.acquire()
        count += 1
        lock.release()
    return increment
# ---
def run(n):
    done = []
    for i in range(n):
        t = threading.Thread(target=lambda: done.append(n))
        t.start()
    return done
# ---
def f(x):
    g = lambda y=x: y + x
    return g
