# Semaphore(2) lets at most two workers in at once
import threading, time
sem = threading.Semaphore(2)
lock = threading.Lock()
inside = 0
peak = 0
def work():
    global inside, peak
    with sem:
        with lock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.1)
        with lock:
            inside -= 1
ts = [threading.Thread(target=work) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print('peak concurrency', peak, 'inside now', inside)
