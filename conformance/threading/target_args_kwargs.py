# Thread with target, args and kwargs; results collected after join
import threading
results = {}
def worker(key, a, b=0, *, scale=1):
    results[key] = (a + b) * scale
t1 = threading.Thread(target=worker, args=('x', 1), kwargs={'b': 2, 'scale': 10})
t2 = threading.Thread(target=worker, args=('y', 5))
t1.start(); t2.start(); t1.join(); t2.join()
print(sorted(results.items()))
