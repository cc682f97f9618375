# Queues and a lock seen by the watch panel: each `Q`/`L` line is what CPython says at that moment.
import queue
import threading
import time

q = queue.Queue()
stack = queue.LifoQueue()
lock = threading.Lock()
n = 0

def producer():
    global n
    for i in range(4):
        q.put(i * 10)
        stack.put('s%d' % i)
        n += 1

t = threading.Thread(target=producer)
t.start()
t.join()
print('Q', list(q.queue), list(stack.queue))
q.get()
stack.get()
print('Q', list(q.queue), list(stack.queue))
lock.acquire()
print('L', lock.locked())

def waiter():
    with lock:
        q.put('late')

w = threading.Thread(target=waiter)
w.start()
time.sleep(0.05)
print('L', lock.locked())
lock.release()
w.join()
print('L', lock.locked())
print('Q', list(q.queue), list(stack.queue))
print('N', n)
