# producer/consumer with a None sentinel: consumer sees items in order
import queue, threading
q = queue.Queue()
def producer():
    for i in range(6):
        q.put(f'item{i}')
    q.put(None)
def consumer():
    while (item := q.get()) is not None:
        print('consumed', item)
    print('consumer saw sentinel')
c = threading.Thread(target=consumer); p = threading.Thread(target=producer)
c.start(); p.start(); p.join(); c.join()
