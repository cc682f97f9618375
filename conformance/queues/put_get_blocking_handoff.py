# get() blocks until another thread puts, with sleeps far apart
import queue, threading, time
q = queue.Queue()
def late():
    time.sleep(0.1)
    print('putting')
    q.put('hello')
threading.Thread(target=late).start()
print('waiting')
print('got', q.get())
