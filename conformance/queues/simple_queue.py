# queue.SimpleQueue put/get/empty/qsize and get_nowait on empty
import queue
q = queue.SimpleQueue()
q.put(1); q.put_nowait(2)
print(q.qsize(), q.get(), q.get_nowait(), q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print('Empty raised')
