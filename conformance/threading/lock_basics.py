# Lock acquire/release, locked(), non-blocking and timed acquire, repr
import threading
lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(blocking=False), lock.acquire(timeout=0.05))
print(repr(lock))
lock.release()
print(lock.locked(), repr(lock))
with lock:
    print('inside with:', lock.locked())
print('after with:', lock.locked())
