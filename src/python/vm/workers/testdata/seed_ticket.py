import threading
import time

# 定义全局变量 ticket
ticket=20
# 创建锁
lock=threading.Lock()
def sell_ticket():
    global ticket
    while True:
        # 加锁 阻止另外的线程进入 修改全局变量
        lock.acquire()
        if ticket>0:
            time.sleep(1)
            ticket-=1
            # 事件完成之后开锁
            lock.release()
            print('{}卖出一张，剩{} 张'.format(threading.current_thread().name,ticket))
        else:
            print('no ticket!')
            break
# 创建两个线程
t1=threading.Thread(target=sell_ticket,name='线程1')
t2=threading.Thread(target=sell_ticket,name='线程2')
t1.start()
t2.start()
