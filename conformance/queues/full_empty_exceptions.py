# queue.Full and queue.Empty from nowait calls
import queue
q = queue.Queue(maxsize=2)
q.put_nowait('a'); q.put_nowait('b')
try:
    q.put_nowait('c')
except queue.Full as e:
    print('Full raised', repr(e))
print(q.get_nowait(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty as e:
    print('Empty raised', repr(e))
