# multiprocessing.Pool and concurrent.futures.ProcessPoolExecutor: workers are
# processes of their own (CPython's fork names), results come back as copies,
# a worker's exception is raised by get()/result(), an unpicklable task raises
# CPython's PicklingError in the caller.
import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.pool import Pool

shared = [0]


def square(x):
    return x * x


def who(_):
    return mp.current_process().name, os.getpid() != PARENT


def grow(x):
    shared.append(x)
    return shared


def boom(x):
    return 1 / x


def add(a, b):
    return a + b


def tidy(e):
    s = str(e)
    at = s.find(' at 0x')
    if at < 0:
        return s
    end = s.find('>', at)
    return s[:at] + ' at 0x…' + s[end:]


if __name__ == '__main__':
    PARENT = os.getpid()
    pool = Pool(3)
    print('map:', pool.map(square, range(10)))
    print('starmap:', pool.starmap(add, [(1, 2), (3, 4)]))
    print('apply:', pool.apply(square, (7,)))
    print('apply_async:', [r.get() for r in [pool.apply_async(square, (i,)) for i in range(4)]])
    print('imap:', list(pool.imap(square, range(5))))
    print('imap_unordered:', sorted(pool.imap_unordered(square, range(5))))
    names = set(pool.map(who, range(30), chunksize=1))
    print('workers:', {n for n, _ in names} <= {'ForkPoolWorker-1', 'ForkPoolWorker-2', 'ForkPoolWorker-3'}, {o for _, o in names})
    print('copies:', pool.apply(grow, (5,)), shared)
    try:
        pool.apply(boom, (0,))
    except ZeroDivisionError as e:
        print('raised:', type(e).__name__, e)
    try:
        pool.apply(lambda x: x, (1,))
    except Exception as e:
        print('unpicklable:', type(e).__module__, type(e).__name__, tidy(e))
    print(repr(pool).replace(hex(id(pool)), '0x…'))
    pool.close()
    pool.join()
    try:
        pool.apply(square, (1,))
    except ValueError as e:
        print('after close:', e)

    with ProcessPoolExecutor(max_workers=2) as ex:
        print('executor map:', list(ex.map(square, range(6))))
        f = ex.submit(add, 2, 3)
        print('submit:', f.result())
        names = set(ex.map(who, range(20)))
        print('executor workers:', {n for n, _ in names} <= {'ForkProcess-4', 'ForkProcess-5'}, {o for _, o in names})
        try:
            ex.submit(boom, 0).result()
        except ZeroDivisionError as e:
            print('future raised:', type(e).__name__, e)
        try:
            ex.submit(lambda: 1).result()
        except Exception as e:
            print('executor unpicklable:', type(e).__module__, type(e).__name__, tidy(e))
    print('done')
