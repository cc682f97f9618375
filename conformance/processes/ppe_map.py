# ProcessPoolExecutor.map returns results in order; worker names printed as a sorted set
from concurrent.futures import ProcessPoolExecutor
import multiprocessing
def cube(x):
    return x ** 3
def whoami(_):
    return multiprocessing.current_process().name.split('-')[0]
if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=3) as ex:
        print(list(ex.map(cube, range(10))))
        print(sorted(set(ex.map(whoami, range(6)))))
