import threading
def w(n): pass
t = threading.Thread(target=w, args=(1,))
print(1, sep='')
x = (1, 'a')
# ---
import threading
counter = 0
def worker(n):
    global counter
    for _ in range(n):
        counter += 1
threads = [threading.Thread(target=worker, args=(1000,)), threading.Thread(target=worker, args=(1000,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('counter =', counter)
# ---
def f(a, b):
    return (a, 1), [a, b]
# ---
empty = ()
nested = ((1, 2), 3)
