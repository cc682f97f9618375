# tutorial: two ticket sellers share a global under threading.Lock (fixed: lock released before break); summary sorted
import threading
import time
ticket = 20
lock = threading.Lock()
sold = {}
log = []
def sell_ticket():
    global ticket
    name = threading.current_thread().name
    while True:
        lock.acquire()
        if ticket > 0:
            time.sleep(0.01)
            ticket -= 1
            left = ticket
            lock.release()
            sold[name] = sold.get(name, 0) + 1
            log.append(left)
        else:
            lock.release()
            print(f'{name}: no ticket!')
            break
t1 = threading.Thread(target=sell_ticket, name='线程1')
t2 = threading.Thread(target=sell_ticket, name='线程2')
t1.start(); t1.join()
t2.start(); t2.join()
print('剩余', ticket, '张; 卖出总数', sum(sold.values()), '; 剩余序列', sorted(log, reverse=True))
