# an exception in one thread prints a traceback to stderr; other threads and main continue
import threading
def bad():
    print('bad starting')
    raise ValueError('worker failed')
def good():
    print('good still runs')
t1 = threading.Thread(target=bad)
t1.start(); t1.join()
t2 = threading.Thread(target=good)
t2.start(); t2.join()
print('main continues; exit status stays 0')
