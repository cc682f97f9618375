# queue.LifoQueue pops last in first
import queue
q = queue.LifoQueue()
for x in range(4):
    q.put(x)
print([q.get() for _ in range(4)])
