# join(timeout) returns while the thread is still alive
import threading, time
release = threading.Event()
t = threading.Thread(target=release.wait, name='waiter')
t.start()
start = time.monotonic()
r = t.join(timeout=0.1)
waited = time.monotonic() - start
print('join returned', r, 'alive', t.is_alive(), 'waited enough', waited >= 0.09)
release.set(); t.join()
print('alive after release', t.is_alive())
