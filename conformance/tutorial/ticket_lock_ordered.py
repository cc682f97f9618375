# tutorial: ticket sellers take strict turns (Condition) so every line's order is guaranteed
import threading
import time
ticket = 6
cond = threading.Condition()
turn = '线程1'
def sell_ticket(me, other):
    global ticket, turn
    while True:
        with cond:
            cond.wait_for(lambda: turn == me)
            if ticket > 0:
                time.sleep(0.01)
                ticket -= 1
                print('{}卖出一张，剩{} 张'.format(threading.current_thread().name, ticket))
                turn = other
                cond.notify_all()
            else:
                print('no ticket!')
                turn = other
                cond.notify_all()
                break
t1 = threading.Thread(target=sell_ticket, args=('线程1', '线程2'), name='线程1')
t2 = threading.Thread(target=sell_ticket, args=('线程2', '线程1'), name='线程2')
t1.start(); t2.start(); t1.join(); t2.join()
