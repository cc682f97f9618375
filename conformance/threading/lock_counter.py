# counter protected by a Lock
import threading
counter = 0
lock = threading.Lock()
def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
ts = [threading.Thread(target=work, args=(5000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print('total', counter)
