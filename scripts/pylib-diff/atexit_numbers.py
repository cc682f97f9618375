# atexit order, unregister, a failing callback; numbers ABCs
import atexit
def bad():
    raise ValueError("x")
atexit.register(print, "last")
atexit.register(bad)
atexit.register(print, "first")
atexit.unregister(print)
atexit.register(print, "again")
import numbers, threading
print(isinstance(3, numbers.Integral), isinstance(2.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(3, numbers.Number), issubclass(float, numbers.Rational))
t = threading.Thread(target=lambda: print('thread joined before atexit runs'))
atexit.register(print, 'atexit after threads')
import time
t2 = threading.Thread(target=lambda: (time.sleep(0.1), print('late thread done')))
t2.start()
