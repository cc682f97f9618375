# Two threads take two locks in opposite order: a deadlock when each holds one.
import threading

lock_a = threading.Lock()
lock_b = threading.Lock()
done = []

def one():
    lock_a.acquire()
    lock_b.acquire()
    done.append('one')
    lock_b.release()
    lock_a.release()

def two():
    lock_b.acquire()
    lock_a.acquire()
    done.append('two')
    lock_a.release()
    lock_b.release()

t1 = threading.Thread(target=one, name='one')
t2 = threading.Thread(target=two, name='two')
t1.start()
t2.start()
t1.join()
t2.join()
print(sorted(done))
