# tutorial: sing and dance threads (5 rounds each, scheduled on absolute times 0.1 s apart (period 0.2 s) so they alternate)
import threading
import time
start = time.monotonic()
def at(t):
    delay = start + t - time.monotonic()
    if delay > 0:
        time.sleep(delay)
def sing():
    for i in range(5):
        at(0.2 * i + 0.2)
        print('sing')
def dance():
    for i in range(5):
        at(0.2 * i + 0.1)
        print('dance')
# target 需要的是一个函数，用来指定线程需要执行的任务
t1 = threading.Thread(target=dance)  # 创建了线程1
t2 = threading.Thread(target=sing)   # 创建了线程2
t1.start()
t2.start()
