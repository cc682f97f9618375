# 用 if 而不是 while，再加上 notify_all：两个消费者都醒了，第二个面对的是空缓冲区
# if instead of while, and notify_all: both consumers wake, and the second finds the buffer empty
import threading
import time

buffer = []
cond = threading.Condition()

def consumer(name):
    with cond:
        if not buffer:          # if：只检查一次 · if: checked only once
            cond.wait()
        item = buffer.pop(0)    # 第二个消费者：IndexError · the second consumer: IndexError
        print(name, 'took', item)

def producer():
    for i in range(2):
        time.sleep(0.1)
        with cond:
            buffer.append('bread%d' % i)
            print('produced bread%d' % i)
            cond.notify_all()   # 叫醒所有消费者，但只有一个面包 · wakes every consumer, but there is one loaf

cs = [threading.Thread(target=consumer, args=('c%d' % k,), name='c%d' % k) for k in (1, 2)]
for c in cs:
    c.start()
p = threading.Thread(target=producer, name='producer')
p.start()
for t in cs + [p]:
    t.join()
print('left:', buffer)
