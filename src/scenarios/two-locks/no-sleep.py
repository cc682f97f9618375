# 没有 sleep 的两把锁：大多数时候能跑完，只有某些交错才会死锁（用单步模式找出来）
# Two locks without the sleeps: it mostly finishes; only some interleavings deadlock (find one in step mode)
import threading

lock_a = threading.Lock()
lock_b = threading.Lock()

def one():
    lock_a.acquire()            # 先 A 后 B · A, then B
    lock_b.acquire()            # 调用之后 GIL 可以换人 · after a call the GIL may change hands
    print('one has both')
    lock_b.release()
    lock_a.release()

def two():
    lock_b.acquire()            # 先 B 后 A · B, then A
    lock_a.acquire()
    print('two has both')
    lock_a.release()
    lock_b.release()

t1 = threading.Thread(target=one, name='one')
t2 = threading.Thread(target=two, name='two')
t1.start()
t2.start()
t1.join()
t2.join()
print('done')
