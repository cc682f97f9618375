# threading details: Barrier abort/reset/action errors, Timer cancel, local subclass, RLock repr, Condition repr, Semaphore repr, excepthook default, settrace/setprofile, ExceptHookArgs
import threading, time, sys
b = threading.Barrier(2)
def w():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        print('worker saw broken')
t = threading.Thread(target=w); t.start()
while b.n_waiting == 0:
    time.sleep(0.001)
b.abort(); t.join(); print(b.broken, repr(b).endswith('broken>'))
b.reset(); print(b.broken, b.n_waiting, b.parties)
bad = threading.Barrier(1, action=lambda: 1 / 0)
try:
    bad.wait()
except ZeroDivisionError:
    print('action raised; broken =', bad.broken)
class My(threading.local):
    def __init__(self, v):
        self.v = v
        self.tid = threading.current_thread().name
m = My(5)
out = []
def read():
    out.append((m.v, m.tid))
    m.v = 6
ts = [threading.Thread(target=read, name=f'r{i}') for i in range(2)]
for x in ts: x.start(); x.join()
print(out, m.v, m.tid)
r = threading.RLock()
print(repr(r).split(' owner')[0])
r.acquire(); r.acquire()
print('count=2' in repr(r), repr(r).startswith('<locked _thread.RLock'))
r.release(); r.release()
c = threading.Condition(threading.Lock())
print(repr(c).startswith('<Condition(<unlocked _thread.lock'), repr(c).endswith(', 0)>'))
s = threading.Semaphore(3); bs = threading.BoundedSemaphore(2)
print(repr(s).split(' at ')[0], repr(s).endswith('value=3>'), repr(bs).endswith('value=2/2>'))
e = threading.Event(); print(repr(e).endswith(': unset>')); e.set(); print(repr(e).endswith(': set>'))
try:
    s.acquire(False, 1)
except ValueError as ex:
    print(ex)
try:
    s.release(0)
except ValueError as ex:
    print(ex)
def hook(a):
    print('hook', a.exc_type.__name__, a.thread.name, type(a).__name__)
old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=lambda: [][1], name='idx'); t.start(); t.join()
threading.excepthook = old
t = threading.Thread(target=sys.exit, args=(3,)); t.start(); t.join()
print('SystemExit in a thread prints nothing')
tm = threading.Timer(10, print, args=('never',)); tm.start(); tm.cancel(); tm.join()
print(tm.finished.is_set(), threading.active_count())
print(threading.current_thread().native_id == threading.get_native_id(), isinstance(threading.main_thread().native_id, int))
try:
    threading.Thread(target=print).name = 5
except Exception as ex:
    print(type(ex).__name__)
t = threading.Thread(target=print, args=('daemon start',), daemon=True); print(t.daemon, t.isDaemon()); t.start(); t.join()
import threading as _th
def watchdog():
    while _th.main_thread().is_alive():
        time.sleep(0.01)
    print('watchdog saw the main thread end')
_th.Thread(target=watchdog).start()
print('main done')
