# tutorial: the bakery over queue.Queue (3 loaves, sleeps scaled so producer/consumer lines alternate)
import threading
import queue
import time
def produce():
    for i in range(3):
        time.sleep(0.1)
        print('生产了面包 ', i)
        q.put(f'break{i}')
def customer():
    for i in range(3):
        time.sleep(0.03)
        # q.get() 方法是一个堵塞的方法
        print(f'买到了面包 {q.get()}')
q = queue.Queue()
p1 = threading.Thread(target=produce, name='p1')
c1 = threading.Thread(target=customer, name='c1')
p1.start()
c1.start()
