# Two threads add to one global: exact under 3.12's GIL, lost updates without it.
import threading

counter = 0
def add():
    global counter
    for _ in range(3):
        counter += 1

ts = [threading.Thread(target=add) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
