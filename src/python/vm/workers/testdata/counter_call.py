import threading
counter = 0
# A start gate: every thread is running before any counts (a worker takes a while to start).
go = threading.Event()
def one():
    return 1
def work(n):
    global counter
    go.wait()
    for i in range(n):
        counter += one()
ts = [threading.Thread(target=work, args=(100000,)) for _ in range(4)]
for t in ts: t.start()
go.set()
for t in ts: t.join()
print(counter)
