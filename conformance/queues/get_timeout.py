# get(timeout=...) raises Empty after waiting; put(timeout=...) raises Full
import queue, time
q = queue.Queue(1)
t0 = time.monotonic()
try:
    q.get(timeout=0.1)
except queue.Empty:
    print('Empty after timeout', time.monotonic() - t0 >= 0.09)
q.put(1)
try:
    q.put(2, timeout=0.05)
except queue.Full:
    print('Full after timeout')
try:
    q.put(2, block=False)
except queue.Full:
    print('Full non-blocking')
