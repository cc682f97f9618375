# The seed ticket sellers with the fix: release the lock before leaving.
import threading
import time

ticket=3
lock=threading.Lock()
def sell_ticket():
    global ticket
    while True:
        lock.acquire()
        if ticket>0:
            time.sleep(0.01)
            ticket-=1
            lock.release()
            print('{}卖出一张，剩{} 张'.format(threading.current_thread().name,ticket))
        else:
            lock.release()
            print('no ticket!')
            break
t1=threading.Thread(target=sell_ticket,name='线程1')
t2=threading.Thread(target=sell_ticket,name='线程2')
t1.start()
t2.start()
