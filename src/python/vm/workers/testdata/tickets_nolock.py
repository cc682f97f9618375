# The ticket sellers with the lock off: they oversell, but under the GIL
# `ticket -= 1` is never split, so no sale is lost (sales == 20 - final).
import threading
import time

ticket = 20
sales = [0, 0, 0, 0]

def sell_ticket(i):
    global ticket
    while True:
        if ticket > 0:
            time.sleep(0.1)
            ticket -= 1
            sales[i] += 1
        else:
            break

ts = [threading.Thread(target=sell_ticket, args=(i,), name=f'seller{i}') for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('final', ticket, 'sold', sum(sales), 'lost', sum(sales) - (20 - ticket))
