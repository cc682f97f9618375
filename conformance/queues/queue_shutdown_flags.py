# Queue internals visible through the public API: maxsize, all_tasks_done, mutex types
import queue
q = queue.Queue(3)
print(q.maxsize, type(q.mutex).__name__, type(q.not_empty).__name__, q.unfinished_tasks)
q.put('x'); print(q.unfinished_tasks)
print(queue.Queue(0).full(), queue.Queue(-1).full())
