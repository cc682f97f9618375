# as_completed order is guaranteed when sleeps are far apart
from concurrent.futures import ThreadPoolExecutor, as_completed
import time
def nap(s):
    time.sleep(s)
    return s
with ThreadPoolExecutor(3) as ex:
    futs = [ex.submit(nap, s) for s in (0.3, 0.02, 0.15)]
    print([f.result() for f in as_completed(futs)])
