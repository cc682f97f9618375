# An exception escapes a thread (threading.excepthook prints it) and the main thread.
import threading

count = 0

def worker(n):
    global count
    count += 1
    print('worker', n)
    return 10 // (n - 1)

ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('count', count)
x = {}['missing']
