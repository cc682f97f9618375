# Future running()/done() states and repr state words
from concurrent.futures import ThreadPoolExecutor, Future
import threading
gate = threading.Event(); started = threading.Event()
def job():
    started.set(); gate.wait(); return 'ok'
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(job)
    started.wait()
    print(f.running(), f.done(), 'state=running' in repr(f))
    gate.set()
    print(f.result(), f.running(), f.done(), 'state=finished' in repr(f))
pending = Future()
print(pending.done(), 'state=pending' in repr(pending))
pending.set_result(5); print(pending.result())
