# concurrent.futures.wait with FIRST_COMPLETED and ALL_COMPLETED
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, ALL_COMPLETED
import time
def nap(s):
    time.sleep(s)
    return s
with ThreadPoolExecutor(2) as ex:
    fast, slow = ex.submit(nap, 0.02), ex.submit(nap, 0.3)
    done, pending = wait([fast, slow], return_when=FIRST_COMPLETED)
    print([f.result() for f in done], len(pending))
    done, pending = wait([fast, slow], return_when=ALL_COMPLETED)
    print(sorted(f.result() for f in done), len(pending))
