# A Thread global's repr before start and after join, an RLock and a Condition
# bound to globals, and a Queue(5) with one item: what the live watch shows.
import threading
import queue

rlock = threading.RLock()
cond = threading.Condition()
q = queue.Queue(5)


def work():
    with rlock:
        with rlock:
            q.put(1)
    with cond:
        cond.notify()


t = threading.Thread(target=work, name='worker')
print('t', repr(t))
t.start()
t.join()
print('t', repr(t))
print('q', q.qsize(), q.maxsize)
