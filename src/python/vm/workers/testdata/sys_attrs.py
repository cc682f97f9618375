# One interpreter, one sys (CPython 3.12): an attribute a thread sets on sys is
# seen by every other thread, and a del in one is a del in all. A per-worker
# sys module would leave the main thread's sys without `from_thread`.
import sys, threading

sys.from_main = 'hello'
seen = []


def reader():
    import sys as s
    seen.append(s.from_main)
    s.from_thread = [1, 2]
    s.from_main = 'changed'
    seen.append(s is sys)
    del s.doomed


sys.doomed = 1
t = threading.Thread(target=reader)
t.start()
t.join()
print(seen)
print(sys.from_thread, sys.from_main, hasattr(sys, 'doomed'))


def second():
    seen.append(sys.from_thread)
    seen.append(hasattr(sys, 'doomed'))
    seen.append("threading" in sys.modules)


t = threading.Thread(target=second)
t.start()
t.join()
print(seen[2:])
