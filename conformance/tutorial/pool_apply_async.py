# tutorial: multiprocessing Pool(3).apply_async, close, join; results printed after join in order
import random
import time
from multiprocessing.pool import Pool
def worker(msg):
    time.sleep(random.random() * 0.02)
    return f'{msg} 执行完毕'
if __name__ == '__main__':
    pool = Pool(3)
    results = []
    for i in range(10):
        results.append(pool.apply_async(worker, (i,)))
    print('------======start=====-----')
    pool.close()
    pool.join()
    for r in results:
        print(r.get())
    print('-------======stop=====-----')
