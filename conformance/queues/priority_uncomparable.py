# PriorityQueue with uncomparable payloads fails on ties
import queue
q = queue.PriorityQueue()
q.put((1, {'a': 1}))
try:
    q.put((1, {'b': 2}))
except TypeError as e:
    print('TypeError:', e)
