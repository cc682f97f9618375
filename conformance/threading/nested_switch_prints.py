# another thread prints while main is inside sum(generator): the generator stops once the printer is done, long before its end
import threading
import time
printed = threading.Event()
def printer():
    for i in range(3):
        print('printer', i)
        time.sleep(0.001)
    printed.set()
go = threading.Event()
def numbers():
    go.set()
    for x in range(3 * 10**6):
        if printed.is_set():
            return
        yield 1
t = threading.Thread(target=lambda: (go.wait(), printer()))
t.start()
n = sum(numbers())
print('sum stopped early:', 0 < n < 3 * 10**6)
t.join()
print('done')
