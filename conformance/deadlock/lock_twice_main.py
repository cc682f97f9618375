# acquiring a non-reentrant Lock twice in the main thread blocks forever
import threading
lock = threading.Lock()
lock.acquire()
print('first acquire ok')
lock.acquire()
print('never printed')
