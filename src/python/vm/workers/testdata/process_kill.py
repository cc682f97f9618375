# terminate() (SIGTERM), kill() (SIGKILL) and daemon processes: a child stops
# wherever it is (asleep, spinning, blocked on a queue); its exitcode is the
# signal's; a daemon still running when the main ends is terminated.
import multiprocessing
import os
import sys
import time


def forever():
    while True:
        time.sleep(0.05)


def spin():
    n = 0
    while True:
        n += 1


def waits(q):
    q.get()
    print('never printed')


def hello(q):
    q.put('hi from the daemon')
    time.sleep(30)
    print('never printed either')


def deep(q):
    q.put(sys.getrecursionlimit())


def shown(p):
    return repr(p).replace(str(p.pid), 'PID').replace(str(os.getpid()), 'PPID')


if __name__ == '__main__':
    p = multiprocessing.Process(target=forever)
    p.start()
    time.sleep(0.2)
    print('alive before terminate:', p.is_alive())
    p.terminate()
    p.join()
    print('terminate:', p.exitcode, p.is_alive(), shown(p))
    p.terminate()
    print('terminate again:', p.exitcode)

    s = multiprocessing.Process(target=spin)
    s.start()
    time.sleep(0.2)
    s.kill()
    s.join()
    print('kill:', s.exitcode, shown(s))

    q = multiprocessing.Queue()
    w = multiprocessing.Process(target=waits, args=(q,))
    w.start()
    time.sleep(0.2)
    w.terminate()
    w.join(5)
    print('blocked on a queue:', w.exitcode)
    # CPython: the killed getter held q's reader lock, so q is unusable from now on; a fresh queue.
    q = multiprocessing.Queue()

    sys.setrecursionlimit(4321)
    r = multiprocessing.Process(target=deep, args=(q,))
    r.start()
    print('child recursion limit:', q.get())
    r.join()

    d = multiprocessing.Process(target=hello, args=(q,), daemon=True)
    d.start()
    print(q.get())
    print('daemon:', d.daemon, d.is_alive(), shown(d))
    print('main done')
