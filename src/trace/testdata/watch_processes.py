# A Process global's repr at each line printed: never started, ended unjoined
# (repr's poll() notices), running, terminated. Each print is one write, so the
# watch is read at that write; the parent's pid is printed first.
import multiprocessing
import os
import sys
import time


def quick():
    pass


def slow():
    time.sleep(5)


if __name__ == '__main__':
    sys.stdout.write(f'parent {os.getpid()}\n')
    p = multiprocessing.Process(target=quick, name='quick')
    sys.stdout.write(f'p {p!r}\n')
    p.start()
    time.sleep(0.5)
    sys.stdout.write(f'p {p!r}\n')
    k = multiprocessing.Process(target=slow, name='slow')
    k.start()
    time.sleep(0.2)
    sys.stdout.write(f'k {k!r}\n')
    k.terminate()
    k.join()
    sys.stdout.write(f'k {k!r}\n')
