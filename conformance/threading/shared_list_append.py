# list.append from several threads loses nothing
import threading
out = []
def fill(tag):
    for i in range(10000):
        out.append(tag)
ts = [threading.Thread(target=fill, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(out), sorted(set(out)), [out.count(k) for k in range(4)])
