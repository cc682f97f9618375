import threading
counter = 0
def work(n):
    global counter
    for i in range(n):
        counter += 1
ts = [threading.Thread(target=work, args=(100000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
