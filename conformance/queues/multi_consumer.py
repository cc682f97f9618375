# several consumers share one queue; the union of results is complete
import queue, threading
q = queue.Queue()
results = []
lock = threading.Lock()
def consumer():
    while True:
        x = q.get()
        if x is None:
            break
        with lock:
            results.append(x * x)
ts = [threading.Thread(target=consumer) for _ in range(3)]
for t in ts: t.start()
for i in range(20): q.put(i)
for _ in ts: q.put(None)
for t in ts: t.join()
print(sorted(results))
