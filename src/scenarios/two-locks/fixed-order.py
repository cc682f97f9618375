# 修正一：两个线程都按同一个顺序拿锁（先 A 后 B），就不会互相等待
# Fix 1: both threads take the locks in the same order (A, then B), so neither waits for the other
import threading
import time

lock_a = threading.Lock()
lock_b = threading.Lock()

def worker(name):
    lock_a.acquire()            # 大家都先拿 A · everyone takes A first
    time.sleep(0.1)
    lock_b.acquire()            # 再拿 B · then B
    print(name, 'has A and B')
    lock_b.release()
    lock_a.release()

t1 = threading.Thread(target=worker, args=('one',), name='one')
t2 = threading.Thread(target=worker, args=('two',), name='two')
t1.start()
t2.start()
t1.join()
t2.join()
print('done')
