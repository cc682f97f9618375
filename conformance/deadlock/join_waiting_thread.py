# main joins a thread that waits on an Event nobody sets
import threading
ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
print('joining')
t.join()
