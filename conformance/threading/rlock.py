# RLock is reentrant and owned by one thread
import threading
r = threading.RLock()
with r:
    with r:
        print('nested acquire ok')
print(r.acquire(), r.acquire(), 'acquired twice')
def other():
    print('other thread acquire non-blocking:', r.acquire(blocking=False))
    try:
        r.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
t = threading.Thread(target=other); t.start(); t.join()
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)
