# Pool(3).apply_async with close/join; results read in submission order
from multiprocessing import Pool
def square(x):
    return x * x
if __name__ == '__main__':
    pool = Pool(3)
    results = [pool.apply_async(square, (i,)) for i in range(10)]
    pool.close()
    pool.join()
    print([r.get() for r in results])
    print(all(r.ready() and r.successful() for r in results))
