# multiprocessing's synchronisation and shared memory across processes:
# Value/Array (shared, C-typed), Lock, RLock, Semaphore, Event, JoinableQueue, Pipe.
import multiprocessing as mp
import time


def add(v, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1


def square(a, i):
    a[i] = i * i


def waiter(e, q, i):
    e.wait()
    q.put(('woke', i))


def jq_worker(jq, out):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        out.put(item * 10)
        jq.task_done()


def pinger(conn):
    conn.send(('ping', [1, 2, {'a': 3}]))
    print('child got', conn.recv())
    conn.close()


def sem_user(sem, v, q):
    with sem:
        with v.get_lock():
            v.value += 1
            q.put(v.value)
        time.sleep(0.2)
        with v.get_lock():
            v.value -= 1


if __name__ == '__main__':
    v = mp.Value('i', 0)
    ps = [mp.Process(target=add, args=(v, 200)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('Value after 3 x 200 locked += 1:', v.value)

    a = mp.Array('d', 4)
    ps = [mp.Process(target=square, args=(a, i)) for i in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('Array:', a[:], len(a))
    print('C types:', mp.Value('i', 2**31).value, mp.Value('B', 300).value, mp.Value('f', 0.1).value,
          mp.Value('d', 3).value, mp.Value('c', b'x').value, mp.Value('u', 'é').value)
    try:
        mp.Value('i', 1.5)
    except TypeError as e:
        print('TypeError:', e)

    e = mp.Event()
    q = mp.Queue()
    ws = [mp.Process(target=waiter, args=(e, q, i)) for i in range(3)]
    for w in ws:
        w.start()
    time.sleep(0.2)
    print('before set:', e.is_set(), q.empty())
    e.set()
    print(sorted(q.get() for _ in ws))
    for w in ws:
        w.join()
    print('wait when set:', e.wait(0.1))
    e.clear()
    print('wait when clear:', e.wait(0.05))

    lock = mp.Lock()
    print('Lock:', lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.05))
    lock.release()
    try:
        lock.release()
    except ValueError as x:
        print('ValueError:', x)
    r = mp.RLock()
    print('RLock:', r.acquire(), r.acquire())
    r.release()
    r.release()

    jq = mp.JoinableQueue()
    out = mp.Queue()
    w = mp.Process(target=jq_worker, args=(jq, out))
    w.start()
    for i in range(5):
        jq.put(i)
    jq.put(None)
    jq.join()
    print('JoinableQueue joined:', sorted(out.get() for _ in range(5)))
    w.join()

    here, there = mp.Pipe()
    p = mp.Process(target=pinger, args=(there,))
    p.start()
    print('parent got', here.recv())
    here.send('pong')
    p.join()

    sem = mp.Semaphore(2)
    busy = mp.Value('i', 0)
    ps = [mp.Process(target=sem_user, args=(sem, busy, q)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('Semaphore(2): at most', max(q.get() for _ in ps), 'at once; now', busy.value)
