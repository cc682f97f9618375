# A producer and a consumer over queue.Queue(2).
import threading
import queue

q = queue.Queue(2)

def producer():
    for i in range(3):
        q.put('bread%d' % i)

def consumer():
    for _ in range(3):
        item = q.get()
        print('ate', item)

p = threading.Thread(target=producer, name='producer')
c = threading.Thread(target=consumer, name='consumer')
p.start()
c.start()
p.join()
c.join()
