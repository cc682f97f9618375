# same FIFO order from collections.deque and queue.Queue
import queue
from collections import deque
d = deque(); q = queue.Queue()
for i in 'xyz':
    d.append(i); q.put(i)
print([d.popleft() for _ in range(3)] == [q.get() for _ in range(3)])
