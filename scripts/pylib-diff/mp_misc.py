# Process repr, daemon children at exit, Value/Array details, pool callbacks, imap order, exitcode names
import multiprocessing as mp, time, sys
def f(x): return x * x
def slow(x):
    time.sleep(0.05 * (3 - x)); return x
def boom(): raise KeyError('k')
def sleepy(): time.sleep(5)
if __name__ == '__main__':
    p = mp.Process(target=f, args=(2,), name='sq')
    print(repr(p).split(' parent=')[0], p.pid is None, p.ident is None)
    p.start(); p.join()
    print(repr(p).split(' ')[1], 'exitcode=0' in repr(p), p.exitcode, p.is_alive())
    k = mp.Process(target=sleepy); k.start(); k.terminate(); k.join()
    print('exitcode=-SIGTERM' in repr(k), k.exitcode)
    v = mp.Value('d', 1.5); a = mp.Array('i', [1, 2, 3]); raw = mp.RawValue('i', 7)
    print(v, v.value, a[:], a[1:], list(a), len(a), raw.value, type(v).__name__)
    a[0:2] = [9, 8]; print(a[:])
    got = []
    with mp.Pool(2) as pool:
        r = pool.apply_async(f, (3,), callback=got.append)
        r.wait()
        print(r.get(), r.ready(), r.successful())
        print(list(pool.imap(slow, [0, 1, 2])), sorted(pool.imap_unordered(f, range(4))))
        m = pool.map_async(f, range(5)); print(m.get(timeout=5))
        print(pool.starmap(pow, [(2, 3), (3, 2)]))
        e = pool.apply_async(boom)
        try:
            e.get()
        except KeyError as exc:
            print('KeyError', exc, type(exc.__cause__).__name__)
        print(repr(pool).split(' ')[1])
    print(got)
    print(mp.current_process().name, mp.parent_process(), mp.get_start_method(), mp.get_context('fork').get_start_method())
    d = mp.Process(target=sleepy, daemon=True); d.start()
    print('main exits; the daemon child is terminated')
    import os
    def whoami(_):
        return mp.current_process().name.split('-')[0]
    with mp.Pool(2) as pool:
        print(sorted(set(pool.map(whoami, range(4)))))
