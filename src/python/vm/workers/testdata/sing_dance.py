import threading
import time

def sing():
    for i in range(3):
        print('singing', i)
        time.sleep(0.1)

def dance():
    time.sleep(0.05)
    for i in range(3):
        print('dancing', i)
        time.sleep(0.1)

t1 = threading.Thread(target=sing)
t2 = threading.Thread(target=dance)
start = time.monotonic()
t1.start()
t2.start()
t1.join()
t2.join()
print('took about', round(time.monotonic() - start, 1))
