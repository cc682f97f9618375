# Barrier: wait indices, action runs once, parties
import threading
hits = []
b = threading.Barrier(3, action=lambda: hits.append('action'))
idx = []
lock = threading.Lock()
def party():
    i = b.wait()
    with lock:
        idx.append(i)
ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(idx), hits, b.parties, b.n_waiting, b.broken)
