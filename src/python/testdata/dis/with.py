def f(lock, c):
    with lock:
        c.n += 1
    with open(c) as fh:
        print(fh)
    return 1
# ---
import threading
lock = threading.Lock()
counter = 0
def worker(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
# ---
def transfer(a, b, amount):
    with a.lock, b.lock:
        a.balance -= amount
        b.balance += amount
    total = a.balance + b.balance
    print(total)
# ---
with lock:
    x = 1
