# queue.PriorityQueue orders by priority, ties by next tuple element
import queue
q = queue.PriorityQueue()
for item in [(3, 'low'), (1, 'urgent'), (2, 'normal'), (1, 'also urgent')]:
    q.put(item)
while not q.empty():
    print(q.get())
