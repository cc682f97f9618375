# 没有 sleep 的两把锁：大多数时候能跑完，只有某些交错才会死锁（用单步模式找出来）
# Two locks without the sleeps: it mostly finishes; only some interleavings deadlock (find one in step mode)
import threading

lock_a = threading.Lock()
lock_b = threading.Lock()

def one():
    with lock_a:                # 先 A 后 B · A, then B
        with lock_b:
            print('one has both')

def two():
    with lock_b:                # 先 B 后 A · B, then A
        with lock_a:
            print('two has both')

t1 = threading.Thread(target=one, name='one')
t2 = threading.Thread(target=two, name='two')
t1.start()
t2.start()
t1.join()
t2.join()
print('done')
