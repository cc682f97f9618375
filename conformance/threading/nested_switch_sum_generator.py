# sum() over a generator gives up the GIL at the generator's RESUME: another thread runs during the sum
import threading
seen = []
started = threading.Event()
def watcher():
    started.wait()
    seen.append('watcher ran during the sum')
def numbers():
    started.set()
    for x in range(10**6):
        yield x
t = threading.Thread(target=watcher)
t.start()
total = sum(numbers())
print(total, seen)
t.join()
print(seen)
