import threading
import time

# the global variable ticket
ticket=20
# create the lock
lock=threading.Lock()
def sell_ticket():
    global ticket
    while True:
        # take the lock so no other thread changes the global
        lock.acquire()
        if ticket>0:
            time.sleep(1)
            ticket-=1
            # done: open the lock
            lock.release()
            print('{}卖出一张，剩{} 张'.format(threading.current_thread().name,ticket))
        else:
            lock.release()  # fixed: open the lock before leaving too
            print('no ticket!')
            break
# create 2 threads
t1=threading.Thread(target=sell_ticket,name='线程1')
t2=threading.Thread(target=sell_ticket,name='线程2')
t1.start()
t2.start()
