# an exception in a pool worker is re-raised by get() in the parent
from multiprocessing import Pool
def inv(x):
    return 1 / x
if __name__ == '__main__':
    with Pool(2) as pool:
        r = pool.apply_async(inv, (0,))
        try:
            r.get(timeout=5)
        except ZeroDivisionError as e:
            print('ZeroDivisionError:', e, r.successful())
        print(pool.map(inv, [1, 2, 4]))
