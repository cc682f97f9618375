# many threads wait for an Event, then each records; output sorted
import threading
start = threading.Event()
done = []
lock = threading.Lock()
def runner(i):
    start.wait()
    with lock:
        done.append(i * i)
ts = [threading.Thread(target=runner, args=(i,)) for i in range(5)]
for t in ts: t.start()
print('before gun', done)
start.set()
for t in ts: t.join()
print('after gun', sorted(done))
