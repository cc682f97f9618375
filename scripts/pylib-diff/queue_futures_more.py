# queue and concurrent.futures details
import queue, threading, time
from concurrent.futures import ThreadPoolExecutor, Future, wait, FIRST_EXCEPTION, as_completed, InvalidStateError, CancelledError, TimeoutError, ProcessPoolExecutor
import concurrent.futures as cf
q = queue.Queue(2)
print(q.put('a', timeout=1), q.qsize(), q.full(), q.empty(), q.get(block=False))
lq = queue.LifoQueue(); pq = queue.PriorityQueue(); sq = queue.SimpleQueue()
for i in (3, 1, 2):
    lq.put(i); pq.put(i); sq.put(i)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)], [sq.get() for _ in range(3)], sq.empty(), sq.qsize())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('SimpleQueue Empty after timeout')
try:
    sq.get(timeout=-1)
except ValueError as e:
    print(e)
print(issubclass(queue.Full, Exception))
f = Future()
print(f.done(), f.running(), f.cancelled(), f.set_running_or_notify_cancel(), f.running())
f.set_exception(ValueError('x')); print(repr(f.exception()), f.done(), 'raised ValueError' in repr(f))
try:
    f.set_result(1)
except InvalidStateError as e:
    print('InvalidStateError', e.__class__.__mro__[1].__name__)
g = Future(); print(g.cancel(), g.cancelled(), g.cancel())
try:
    g.result()
except CancelledError:
    print('CancelledError')
h = Future()
try:
    h.result(timeout=0.01)
except TimeoutError:
    print('TimeoutError', TimeoutError is cf.TimeoutError)
def fails(x):
    if x == 2:
        raise RuntimeError('two')
    time.sleep(0.3 if x in (1, 3) else 0)  # far apart, so FIRST_EXCEPTION's done set is fixed
    return x
with ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(fails, i) for i in (1, 2, 3)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print(sorted(f.result() for f in done if f.exception() is None), any(isinstance(f.exception(), RuntimeError) for f in done))
    print(list(ex.map(lambda x: x * 2, range(5), timeout=5)), list(ex.map(pow, [2, 3], [2, 2, 2])))
    try:
        list(as_completed([ex.submit(time.sleep, 0.3)], timeout=0.05))
    except TimeoutError as e:
        print('as_completed', e)
ex = ThreadPoolExecutor(1, thread_name_prefix='pfx')
r = ex.submit(lambda: threading.current_thread().name).result()
ex.shutdown(wait=False, cancel_futures=True); print(r)
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print(e)
def sq(x): return x * x
if __name__ == '__main__':
    with ProcessPoolExecutor(2) as pex:
        print(list(pex.map(sq, range(6))), pex.submit(sq, 9).result())
        bad = pex.submit(lambda: 1)
        try:
            bad.result()
        except Exception as e:
            print(type(e).__name__, e)
    try:
        pex.submit(sq, 1)
    except RuntimeError as e:
        print(e)
