# Future.result(timeout) raises TimeoutError
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FTE
import threading
gate = threading.Event()
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(gate.wait)
    try:
        f.result(timeout=0.05)
    except FTE as e:
        print('timeout', type(e).__name__, FTE is TimeoutError)
    gate.set()
    print(f.result())
