# tutorial: q.get(block=True, time=10) raises TypeError (uncaught)
import multiprocessing
q = multiprocessing.Queue(5)
q.put('how', block=True, timeout=3)
q.get(block=True, time=10)
