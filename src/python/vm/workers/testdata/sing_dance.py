# The lesson's sing and dance: two threads that sleep take one thread's time, not the sum.
import threading
import time

def sing():
    for i in range(3):
        print('singing', i)
        time.sleep(0.5)

def dance():
    time.sleep(0.25)
    for i in range(3):
        print('dancing', i)
        time.sleep(0.5)

t1 = threading.Thread(target=sing)
t2 = threading.Thread(target=dance)
start = time.monotonic()
t1.start()
t2.start()
t1.join()
t2.join()
took = time.monotonic() - start
print('one thread\'s time, not the sum of the sleeps:', 1.75 <= took < 3.25)
