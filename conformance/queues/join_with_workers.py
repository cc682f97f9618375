# queue.join with a worker pool and task_done; results summed
import queue, threading
q = queue.Queue()
total = 0
lock = threading.Lock()
def worker():
    global total
    while True:
        n = q.get()
        with lock:
            total += n
        q.task_done()
for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()
for n in range(1, 101):
    q.put(n)
q.join()
print('sum', total)
