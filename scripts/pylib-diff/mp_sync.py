# multiprocessing Semaphore, BoundedSemaphore, Condition, JoinableQueue, Pipe.poll, RLock, Event timeout
import multiprocessing as mp
def worker(q, done):
    while True:
        x = q.get()
        if x is None:
            q.task_done()
            break
        done.put(x * 2)
        q.task_done()
def waiter(cond, flag, out):
    with cond:
        cond.wait_for(lambda: flag.value == 1, timeout=5)
        out.put('woken')
if __name__ == '__main__':
    s = mp.Semaphore(2)
    print(s.acquire(), s.acquire(), s.acquire(timeout=0.01))
    s.release()
    b = mp.BoundedSemaphore(1)
    b.acquire(); b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError', e)
    q, done = mp.JoinableQueue(), mp.Queue()
    p = mp.Process(target=worker, args=(q, done))
    p.start()
    for i in range(4):
        q.put(i)
    q.put(None)
    q.join()
    print(sorted(done.get() for _ in range(4)))
    p.join()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)
    a, c = mp.Pipe()
    print(a.poll(), end=' ')
    c.send({'k': [1, 2]})
    print(a.poll(1), a.recv())
    r = mp.RLock()
    with r:
        with r:
            print('rlock reentrant')
    e = mp.Event()
    print(e.wait(0.01), e.is_set())
    e.set(); print(e.wait(0.01))
    cond, flag, out = mp.Condition(), mp.Value('i', 0), mp.Queue()
    ws = [mp.Process(target=waiter, args=(cond, flag, out)) for _ in range(2)]
    for w in ws: w.start()
    with cond:
        flag.value = 1
        cond.notify_all()
    print([out.get() for _ in ws])
    for w in ws: w.join()
    print([w.exitcode for w in ws], mp.active_children())
