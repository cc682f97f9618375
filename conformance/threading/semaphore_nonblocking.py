# Semaphore acquire(blocking=False) and acquire(timeout=...)
import threading
s = threading.Semaphore(1)
print(s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.05))
s.release(); s.release()
print(s.acquire(blocking=False), s.acquire(blocking=False), s.acquire(blocking=False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print(e)
