# objects that cross to children only by fork refuse to be pickled; a Manager's proxies may
import multiprocessing as mp
def put(q, x): q.put(x)
if __name__ == '__main__':
    for obj in (mp.Queue(), mp.Lock(), mp.Value('i', 1), mp.Event(), mp.Semaphore(), mp.JoinableQueue(), mp.RLock(), mp.Condition(), mp.Array('i', 2), mp.SimpleQueue()):
        with mp.Pool(1) as p:
            try:
                p.apply(put, (obj, 1))
            except Exception as e:
                print(type(e).__name__, e)
    with mp.Manager() as m:
        q, l, ev, v, ns, d = m.Queue(), m.Lock(), m.Event(), m.Value('i', 3), m.Namespace(), m.dict()
        ns.x = 5
        with mp.Pool(2) as p:
            p.apply(put, (q, 'via manager'))
            print(q.get(), ns.x, v.value, type(q).__name__, repr(ns), repr(v), str(d), repr(q)[:24])
