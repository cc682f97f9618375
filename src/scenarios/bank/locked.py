# 同一个账户类，这次每个账户带一把锁：检查和取钱在同一把锁里，别的线程插不进来
# The same Account class, now with a lock per account: the check and the withdrawal under one lock, so no other thread can step in between
import threading
import time

class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()        # 每个账户一把锁 · one lock per account

    def withdraw(self, amount):
        with self.lock:                     # 检查和取钱一起 · the check and the withdrawal together
            if self.balance >= amount:      # 检查 · the check
                time.sleep(0.1)             # 去拿钱的路上 · on the way to the cash
                self.balance -= amount      # 取钱 · the withdrawal
                paid.append(threading.current_thread().name)
            else:
                refused.append(threading.current_thread().name)

paid = []                                   # 取到钱的人 · who got the money
refused = []                                # 被拒绝的人 · who was refused
account = Account(100)
t1 = threading.Thread(target=account.withdraw, args=(80,), name='alice')
t2 = threading.Thread(target=account.withdraw, args=(80,), name='bob')
t1.start()
t2.start()
t1.join()
t2.join()
print('paid:', sorted(paid), 'refused:', sorted(refused))
print('balance:', account.balance)
