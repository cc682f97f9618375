# RLock 记得是谁拿着它、拿了几次：同一个线程可以再拿，放够次数才真正打开
# An RLock remembers who holds it and how many times: its holder may take it again; it opens after as many releases
import threading

lock = threading.RLock()
count = 0

def add(n):
    global count
    with lock:                  # 同一个线程可以重入 · the same thread may re-enter
        count += n
        if n > 1:
            add(n - 1)

t1 = threading.Thread(target=add, args=(3,), name='one')
t2 = threading.Thread(target=add, args=(4,), name='two')
t1.start()
t2.start()
t1.join()
t2.join()
print('count =', count)
