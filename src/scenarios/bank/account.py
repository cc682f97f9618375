# 一个账户类：先检查余额再取钱。两个线程同时取，检查和取钱之间别的线程可以插进来
# An Account class: check the balance, then withdraw. Two threads at once: another can step in between the check and the withdrawal
import threading
import time

class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if self.balance >= amount:          # 检查 · the check
            time.sleep(0.1)                 # 去拿钱的路上 · on the way to the cash
            self.balance -= amount          # 取钱 · the withdrawal
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
