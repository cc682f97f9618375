# A forked child's natives read before the fork (threading's get_ident) answer for the child: its MainThread is current, its one thread is active
import multiprocessing
import os
import threading
import time
from os import getpid

def work(tag, delay):
    time.sleep(delay)
    me = threading.current_thread()
    print(tag, multiprocessing.current_process().name, me.name, me is threading.main_thread(),
          threading.get_ident() in threading._active, len(threading.enumerate()), getpid() == os.getpid())

if __name__ == '__main__':
    parent = getpid()
    ps = [multiprocessing.Process(target=work, args=(f'child{i}', 0.05 + 0.1 * i)) for i in range(2)]
    for p in ps:
        p.start()
    # A thread of the parent runs while the children look themselves up.
    t = threading.Thread(target=lambda: [time.sleep(0.01) for i in range(30)])
    t.start()
    for p in ps:
        p.join()
    t.join()
    work('parent', 0)
    print(getpid() == parent)
