# add_done_callback runs after completion; callbacks on done futures run immediately
from concurrent.futures import ThreadPoolExecutor
import threading
got = []
done = threading.Event()
def cb(f):
    got.append(f.result())
    done.set()
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(sum, [1, 2, 3])
    f.add_done_callback(cb)
    done.wait()
    f.add_done_callback(lambda f: got.append('late ' + str(f.result())))
print(got)
