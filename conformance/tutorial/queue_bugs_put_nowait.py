# tutorial: q.put_nowait() without an item raises TypeError (uncaught)
import multiprocessing
q = multiprocessing.Queue(5)
q.put('how', block=True, timeout=3)
q.put_nowait()
