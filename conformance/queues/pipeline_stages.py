# two-stage pipeline of threads connected by queues preserves order
import queue, threading
a, b = queue.Queue(), queue.Queue()
def stage1():
    while (x := a.get()) is not None:
        b.put(x + 1)
    b.put(None)
out = []
def stage2():
    while (x := b.get()) is not None:
        out.append(x * 2)
ts = [threading.Thread(target=stage1), threading.Thread(target=stage2)]
for t in ts: t.start()
for i in range(5): a.put(i)
a.put(None)
for t in ts: t.join()
print(out)
