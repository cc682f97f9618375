# multiprocessing.pool.ThreadPool: same API as Pool, threads, nothing pickled
from multiprocessing.pool import ThreadPool
import threading
def sq(x): return x * x
def name(_): return threading.current_thread().name
def bad(): raise ValueError('in thread pool')
with ThreadPool(3) as tp:
    print(tp.map(sq, range(6)), tp.apply(sq, (7,)), list(tp.imap(sq, [1, 2])), sorted(tp.imap_unordered(sq, [3, 4])))
    print(tp.map(lambda x: x + 1, [1, 2]), set(tp.map(name, range(9))) <= {'Thread-1 (worker)', 'Thread-2 (worker)', 'Thread-3 (worker)'})
    r = tp.apply_async(bad)
    try:
        r.get()
    except ValueError as e:
        print('ValueError', e, r.successful())
    print(tp.starmap(pow, [(2, 5)]), sorted(t.name for t in threading.enumerate() if t.name.endswith('(worker)')))
tp = ThreadPool(2)
res = tp.map_async(sq, [5, 6])
tp.close(); tp.join()
print(res.get(), threading.Thread().name)
