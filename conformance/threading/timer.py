# Timer runs after its interval; a cancelled Timer never runs
import threading
t1 = threading.Timer(0.05, print, args=('timer fired',))
t2 = threading.Timer(0.05, print, args=('never printed',))
t1.start(); t2.start(); t2.cancel()
t1.join(); t2.join()
print('names:', t1.name.startswith('Thread-'), type(t1).__name__)
print('done')
