# cancel a queued future; cancelled() and CancelledError
from concurrent.futures import ThreadPoolExecutor, CancelledError
import threading
gate = threading.Event()
with ThreadPoolExecutor(1) as ex:
    blocker = ex.submit(gate.wait)
    queued = ex.submit(print, 'never runs')
    print('cancel queued:', queued.cancel(), queued.cancelled())
    print('cancel running:', blocker.cancel())
    gate.set()
try:
    queued.result()
except CancelledError:
    print('CancelledError')
print(blocker.result())
