import threading
import queue
import time
def produce():
    for i in range(10):
        time.sleep(0.5)
        print('生产了面包 ',i)
        # 生产者向队列中加入內容
        q.put(f'break{i}')

def customer():
    for i in range(10):
        time.sleep(0.3)
        # q.get() 方法是一个堵塞的方法
        # 消费者从队列中取到先放入的內容
        print(f'买到了面包 {q.get()}')

# 创建队列  先进先出
q=queue.Queue()
p1=threading.Thread(target=produce,name='p1')
c1=threading.Thread(target=customer,name='c1')
p1.start()
c1.start()
