# where pickling errors surface: pool task, pool result, process pool submit and result
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
def make_lambda(_):
    return lambda: 1
def ident(x):
    return x
if __name__ == '__main__':
    with mp.Pool(2) as pool:
        r = pool.apply_async(ident, (lambda: 2,))
        try:
            r.get(timeout=5)
        except Exception as e:
            print('task:', type(e).__module__, type(e).__name__, e)
        try:
            pool.apply(make_lambda, (1,))
        except Exception as e:
            print('result:', type(e).__name__, e)
        print('pool still works', pool.map(ident, [1, 2]))
    with ProcessPoolExecutor(1) as ex:
        f = ex.submit(ident, lambda: 3)
        try:
            f.result()
        except Exception as e:
            print('submit:', type(e).__name__, e)
        g = ex.submit(make_lambda, 1)
        try:
            g.result()
        except Exception as e:
            print('ppe result:', type(e).__name__, e)
        print('executor still works', ex.submit(ident, 5).result())
