# The rest of multiprocessing across processes: a Manager's dict and list
# proxies, a Condition, a Barrier, get_context('fork'), and ThreadPool (threads).
import multiprocessing as mp
from multiprocessing.pool import ThreadPool


def put(d, l, i):
    d[i] = i * i
    l.append(i)


def consumer(cond, items, q):
    with cond:
        while items.value == 0:
            cond.wait()
        q.put(('consumed', items.value))


def meet(b, q, i):
    q.put((i, b.wait() >= 0))


if __name__ == '__main__':
    with ThreadPool(2) as tp:
        print('ThreadPool:', tp.map(abs, [-1, -2, 3]))
    ctx = mp.get_context('fork')
    print(ctx.Process, ctx.get_start_method())
    with mp.Manager() as m:
        d = m.dict()
        l = m.list()
        ps = [mp.Process(target=put, args=(d, l, i)) for i in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print('Manager:', sorted(d.items()), sorted(l))

    cond = mp.Condition()
    items = mp.Value('i', 0)
    q = mp.Queue()
    c = mp.Process(target=consumer, args=(cond, items, q))
    c.start()
    with cond:
        items.value = 3
        cond.notify()
    print('Condition:', q.get())
    c.join()

    b = mp.Barrier(3)
    ps = [mp.Process(target=meet, args=(b, q, i)) for i in range(3)]
    for p in ps:
        p.start()
    print('Barrier:', sorted(q.get() for _ in ps))
    for p in ps:
        p.join()
    print('exitcodes:', [p.exitcode for p in ps])
