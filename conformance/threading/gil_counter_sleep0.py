# lost updates become visible when a thread switch is forced mid-update
import threading, time
counter = 0
start = threading.Barrier(2)
def work():
    global counter
    start.wait()
    for _ in range(5):
        v = counter
        time.sleep(0.02)
        counter = v + 1
ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print('expected 10, got fewer:', counter < 10)
