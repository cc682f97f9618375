# 修正二：第二把锁只等一会儿（acquire(timeout=…)），拿不到就放下第一把，退让后重试
# Fix 2: wait for the second lock only a while (acquire(timeout=…)); if it does not come, put the first down, back off, retry
import threading
import time

lock_a = threading.Lock()
lock_b = threading.Lock()

def worker(name, first, second, pause):
    while True:
        first.acquire()
        time.sleep(0.1)
        if second.acquire(timeout=0.2):     # 等 0.2 秒 · wait 0.2 s
            print(name, 'has both')
            second.release()
            first.release()
            return
        first.release()                     # 拿不到：放下第一把 · no luck: let go of the first
        print(name, 'backs off')
        time.sleep(pause)                   # 退让的时间不同，才不会一起重试 · different pauses, so they do not retry in step

t1 = threading.Thread(target=worker, args=('one', lock_a, lock_b, 0.1), name='one')
t2 = threading.Thread(target=worker, args=('two', lock_b, lock_a, 0.5), name='two')
t1.start()
t2.start()
t1.join()
t2.join()
print('done')
