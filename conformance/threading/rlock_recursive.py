# RLock protects a recursive function
import threading
lock = threading.RLock()
def fact(n):
    with lock:
        return 1 if n <= 1 else n * fact(n - 1)
out = []
ts = [threading.Thread(target=lambda k=k: out.append(fact(k))) for k in (5, 10, 3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out))
