# pool.join() before close() raises ValueError: Pool is still running
from multiprocessing import Pool
if __name__ == '__main__':
    pool = Pool(2)
    try:
        pool.join()
    except ValueError as e:
        print('ValueError:', e)
    pool.close(); pool.join()
    try:
        pool.apply_async(print, ('x',))
    except ValueError as e:
        print('ValueError:', e)
