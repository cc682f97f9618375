# a plain Lock may be released by a different thread
import threading
lock = threading.Lock()
lock.acquire()
t = threading.Thread(target=lock.release)
t.start(); t.join()
print('locked after other thread released:', lock.locked())
