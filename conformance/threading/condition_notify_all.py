# Condition.notify_all wakes all waiters
import threading
cond = threading.Condition()
ready = False
woke = []
waiting = threading.Semaphore(0)
def waiter(i):
    with cond:
        waiting.release()
        cond.wait_for(lambda: ready)
        woke.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts: t.start()
for _ in ts: waiting.acquire()
with cond:
    ready = True
    cond.notify_all()
for t in ts: t.join()
print(sorted(woke))
