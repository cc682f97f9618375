# 同一个线程再拿一次它已经拿着的 Lock：它等的是它自己，永远等下去
# The same thread takes a Lock it already holds: it waits for itself, for ever
import threading

lock = threading.Lock()
count = 0

def add(n):
    global count
    with lock:                  # 第一次拿锁 · the first acquire
        count += n
        if n > 1:
            add(n - 1)          # 递归里再拿：Lock 不认得主人 · again in the recursion: a Lock knows no owner

t = threading.Thread(target=add, args=(3,), name='adder')
t.start()
t.join()
print('count =', count)
