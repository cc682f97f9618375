# queue.Queue FIFO order, qsize, empty, full
import queue
q = queue.Queue()
for x in 'abc':
    q.put(x)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
print([q.get() for _ in range(3)], q.empty())
