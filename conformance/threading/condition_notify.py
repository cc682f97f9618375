# Condition wait/notify hand-off: consumer waits until producer signals
import threading
cond = threading.Condition()
items = []
def consumer():
    with cond:
        while not items:
            cond.wait()
        print('consumed', items.pop())
t = threading.Thread(target=consumer)
t.start()
with cond:
    items.append('bread')
    cond.notify()
t.join()
print('items left', items)
