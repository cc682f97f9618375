# multiprocessing.Barrier across processes: indices, broken state, timeout
import multiprocessing as mp
def party(b, q):
    q.put(b.wait(timeout=5))
if __name__ == '__main__':
    b, q = mp.Barrier(3), mp.Queue()
    ps = [mp.Process(target=party, args=(b, q)) for _ in range(2)]
    for p in ps: p.start()
    mine = b.wait(timeout=5)
    got = sorted([mine] + [q.get() for _ in ps])
    for p in ps: p.join()
    print(got, b.parties, b.n_waiting, b.broken)
    t = mp.Barrier(2, timeout=0.05)
    try:
        t.wait()
    except mp.BrokenBarrierError if hasattr(mp, 'BrokenBarrierError') else Exception as e:
        print(type(e).__name__, t.broken)
    t.reset(); print(t.broken)
