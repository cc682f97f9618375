# tutorial: print(q.full) shows the bound method (address normalised) instead of calling it
import multiprocessing
q = multiprocessing.Queue()
q = multiprocessing.Queue(5)
print(q.full)
print(q.full())
q.put('how', block=True, timeout=3)
print(q.get())
