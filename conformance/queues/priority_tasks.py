# PriorityQueue used as a task scheduler with a consumer thread
import queue, threading
q = queue.PriorityQueue()
for pri, name in [(5, 'backup'), (1, 'deploy'), (3, 'test'), (2, 'build')]:
    q.put((pri, name))
q.put((99, None))
def run():
    while True:
        pri, name = q.get()
        if name is None:
            break
        print(pri, name)
t = threading.Thread(target=run); t.start(); t.join()
