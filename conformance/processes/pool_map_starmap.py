# Pool.map, starmap and imap keep input order
from multiprocessing import Pool
def add(a, b):
    return a + b
def double(x):
    return 2 * x
if __name__ == '__main__':
    with Pool(3) as pool:
        print(pool.map(double, range(8)))
        print(pool.starmap(add, [(1, 2), (3, 4), (5, 6)]))
        print(list(pool.imap(double, [5, 6, 7])))
        print(sorted(pool.imap_unordered(double, [1, 2, 3])))
        print(pool.apply(add, (10, 20)))
