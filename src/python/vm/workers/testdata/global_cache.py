# LOAD_GLOBAL's cache (global-cache.ts) must see a store made by another worker:
# spin() reads flag and limit from its own cached slots while the thread, on its
# own worker, rebinds them; a cache that only its own worker invalidated would spin forever.
import threading, time

flag = False
limit = 3


def setter():
    global flag, limit
    time.sleep(0.02)
    limit = 7
    flag = True


def spin():
    n = 0
    while not flag:
        n += limit
    return limit


t = threading.Thread(target=setter)
t.start()
print(spin())
t.join()
print(limit, flag)
