# One sys.stdout per interpreter (CPython 3.12): a writer the main thread puts
# in sys.stdout captures a thread's prints; one a thread puts there captures
# the main thread's; print(..., file=sys.stderr) from a thread is stderr.
import sys, threading


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


def worker(n):
    print('from thread', n)
    print('to stderr', n, file=sys.stderr)


cap = Capture()
sys.stdout = cap
t = threading.Thread(target=worker, args=(1,))
t.start()
t.join()
sys.stdout = sys.__stdout__
print(cap.parts)

later = Capture()


def swap():
    sys.stdout = later
    print('thread swapped')


t = threading.Thread(target=swap)
t.start()
t.join()
print('main, captured')
sys.stdout = sys.__stdout__
print(later.parts)
print(sys.stdout is sys.__stdout__)


def restore_check():
    print('thread sees', sys.stdout is sys.__stdout__)


t = threading.Thread(target=restore_check)
t.start()
t.join()

import io
buf = io.StringIO()
sys.stdout = buf
t = threading.Thread(target=worker, args=(2,))
t.start()
t.join()
sys.stdout = sys.__stdout__
print(repr(buf.getvalue()))
