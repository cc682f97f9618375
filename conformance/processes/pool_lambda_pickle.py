# sending a lambda to a pool fails to pickle (address normalised)
from multiprocessing import Pool
if __name__ == '__main__':
    with Pool(2) as pool:
        try:
            pool.map(lambda x: x + 1, [1, 2])
        except Exception as e:
            print(type(e).__module__, type(e).__name__)
            print(e)
