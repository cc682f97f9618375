# bytes made by threads and read by others: list items, dict keys, queue items
import threading, queue
q = queue.Queue()
found = {}
def worker(i):
    data = f'item-{i}'.encode()
    q.put(data)
    found[data] = i
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
got = sorted(q.get() for _ in range(4))
print(got)
print(sorted(found.items()))
print(found[b'item-2'], b'item-3' in found, [g.decode() for g in got])
