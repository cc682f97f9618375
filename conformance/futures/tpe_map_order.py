# executor.map returns results in input order even when completion order differs
from concurrent.futures import ThreadPoolExecutor
import time
def slow_id(x):
    time.sleep(0.05 * (3 - x))
    return x
with ThreadPoolExecutor(3) as ex:
    print(list(ex.map(slow_id, [0, 1, 2])))
    print(list(ex.map(pow, [2, 3], [5, 2])))
