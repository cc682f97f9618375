# The tutorial's ticket sellers with the lock taken out: the race.
import threading
import time

ticket = 3
def sell_ticket():
    global ticket
    while True:
        if ticket > 0:
            time.sleep(1)
            ticket -= 1
            print('{} sold one, {} left'.format(threading.current_thread().name, ticket))
        else:
            print('no ticket!')
            break

t1 = threading.Thread(target=sell_ticket, name='t1')
t2 = threading.Thread(target=sell_ticket, name='t2')
t1.start()
t2.start()
