# queue argument errors
import queue
q = queue.Queue()
try:
    q.put_nowait()
except TypeError as e:
    print(e)
try:
    q.get(time=10)
except TypeError as e:
    print(e)
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
