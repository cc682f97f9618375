# bounded buffer with two Conditions; consumer output in FIFO order
import threading
from collections import deque
buf = deque()
cap = 2
lock = threading.Lock()
not_full = threading.Condition(lock)
not_empty = threading.Condition(lock)
def producer():
    for i in range(8):
        with not_full:
            not_full.wait_for(lambda: len(buf) < cap)
            buf.append(i)
            not_empty.notify()
    with not_full:
        not_full.wait_for(lambda: len(buf) < cap)
        buf.append(None)
        not_empty.notify()
got = []
def consumer():
    while True:
        with not_empty:
            not_empty.wait_for(lambda: buf)
            x = buf.popleft()
            not_full.notify()
        if x is None:
            break
        got.append(x)
p = threading.Thread(target=producer); c = threading.Thread(target=consumer)
c.start(); p.start(); p.join(); c.join()
print(got)
