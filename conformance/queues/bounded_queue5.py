# bounded Queue(5): producer blocks when full until the consumer takes
import queue, threading
q = queue.Queue(5)
for i in range(5):
    q.put(i)
print('full:', q.full(), q.qsize())
def late_put():
    q.put('sixth')
    print('sixth put done, qsize', q.qsize())
t = threading.Thread(target=late_put)
t.start()
t.join(timeout=0.1)
print('producer blocked:', t.is_alive())
x = q.get()
t.join()  # the woken producer prints before main does
print('took', x)
print([q.get() for _ in range(5)])
