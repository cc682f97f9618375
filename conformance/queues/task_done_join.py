# task_done / join waits until every item is processed
import queue, threading
q = queue.Queue()
processed = []
def worker():
    while True:
        item = q.get()
        processed.append(item * 10)
        q.task_done()
threading.Thread(target=worker, daemon=True).start()
for i in range(5):
    q.put(i)
q.join()
print('all processed', processed, q.unfinished_tasks)
