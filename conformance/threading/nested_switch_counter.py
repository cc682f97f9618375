# 4 threads x 100000 counter += 1 inside generators that sum() consumes, while main sums too: switches at RESUME never split the += (400000)
import threading
counter = 0
def bump(n):
    global counter
    for _ in range(n):
        counter += 1
        yield 1
def work():
    assert sum(bump(100000)) == 100000
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
total = sum(x for x in range(300000))
for t in ts:
    t.join()
print(total, counter)
