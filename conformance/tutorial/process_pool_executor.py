# tutorial: ProcessPoolExecutor with 3 workers over 10 messages; per-task lines gathered and printed sorted
import random
import time
from concurrent.futures import ProcessPoolExecutor
def worker(msg):
    random.seed(msg)
    time.sleep(random.random() * 0.02)
    return f'{msg} 执行完毕'
if __name__ == '__main__':
    _ProcessPool_max_workers = 3
    workers = list(range(10))
    with ProcessPoolExecutor(max_workers=_ProcessPool_max_workers) as executor:
        for line in executor.map(worker, workers):
            print(line)
