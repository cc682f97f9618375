# get() on an empty queue.Queue that no one will fill blocks forever
import queue
q = queue.Queue()
q.put('only item')
print(q.get())
print(q.get())
