# 生产者和消费者共用一个 Condition：消费者用 while 等，醒来先再看一眼缓冲区
# A producer and consumers share one Condition: the consumers wait in a while loop and look at the buffer again on waking
import threading
import time

buffer = []
cond = threading.Condition()

def consumer(name):
    with cond:
        while not buffer:       # while：醒来后再检查 · while: check again after waking
            cond.wait()
        item = buffer.pop(0)
        print(name, 'took', item)

def producer():
    for i in range(2):
        time.sleep(0.1)
        with cond:
            buffer.append(i)
            print('produced', i)
            cond.notify()       # 叫醒一个消费者 · wake one consumer

cs = [threading.Thread(target=consumer, args=('c%d' % k,), name='c%d' % k) for k in (1, 2)]
for c in cs:
    c.start()
p = threading.Thread(target=producer, name='producer')
p.start()
for t in cs + [p]:
    t.join()
print('left:', buffer)
