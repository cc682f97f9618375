# threading.local gives each thread its own attributes
import threading
data = threading.local()
data.value = 'main'
seen = {}
def worker(n):
    print_has = hasattr(data, 'value')
    data.value = n
    seen[n] = (print_has, data.value)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen.items()), data.value)
