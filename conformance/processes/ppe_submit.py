# ProcessPoolExecutor.submit, as_completed with sorted results, exception()
from concurrent.futures import ProcessPoolExecutor, as_completed
def work(n):
    if n == 3:
        raise KeyError(n)
    return n * 100
if __name__ == '__main__':
    with ProcessPoolExecutor(2) as ex:
        futs = [ex.submit(work, n) for n in range(5)]
        ok = sorted(f.result() for f in as_completed(futs) if f.exception() is None)
        print(ok, repr(futs[3].exception()))
