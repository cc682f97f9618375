# LifoQueue filled by a thread, drained in main in reverse order
import queue, threading
s = queue.LifoQueue()
t = threading.Thread(target=lambda: [s.put(i) for i in range(5)])
t.start(); t.join()
print([s.get_nowait() for _ in range(5)])
