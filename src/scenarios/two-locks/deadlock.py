# 两个线程以相反的顺序拿两把锁：各拿到一把，再等对方那把，永远等下去
# Two threads take two locks in opposite order: each gets one, then waits for the other's, for ever
import threading
import time

lock_a = threading.Lock()
lock_b = threading.Lock()

def one():
    lock_a.acquire()            # 先拿 A · A first
    print('one has A')
    time.sleep(0.1)             # 给另一个线程拿 B 的时间 · time for the other to take B
    lock_b.acquire()            # 再等 B：B 在 two 手里 · then B: two holds it
    print('one has A and B')
    lock_b.release()
    lock_a.release()

def two():
    lock_b.acquire()            # 先拿 B · B first
    print('two has B')
    time.sleep(0.1)
    lock_a.acquire()            # 再等 A：A 在 one 手里 · then A: one holds it
    print('two has B and A')
    lock_a.release()
    lock_b.release()

t1 = threading.Thread(target=one, name='one')
t2 = threading.Thread(target=two, name='two')
t1.start()
t2.start()
t1.join()
t2.join()
print('done')
