# Event set/clear/is_set/wait with timeout
import threading
e = threading.Event()
print(e.is_set(), e.wait(timeout=0.05))
def setter():
    e.set()
t = threading.Thread(target=setter); t.start()
print(e.wait(), e.is_set())
t.join()
e.clear(); print(e.is_set())
