# 两个线程共用一把锁卖票 / Two threads sell tickets under one lock
import threading
import time

ticket = 6                  # 剩余的票 / tickets left
lock = threading.Lock()     # 保护 ticket / guards ticket

def sell():
    global ticket
    while True:
        with lock:          # 同一时刻只有一个线程进来 / one thread at a time
            if ticket <= 0:
                break
            time.sleep(0.1)  # 出票很慢 / printing a ticket is slow
            ticket -= 1
            print(threading.current_thread().name, 'sold one, left', ticket)
        time.sleep(0.05)     # 锁外歇一下，让另一个线程有机会 / rest outside the lock

t1 = threading.Thread(target=sell)
t2 = threading.Thread(target=sell)
t1.start()
t2.start()
t1.join()
t2.join()
print('sold out, ticket =', ticket)
