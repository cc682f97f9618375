# Condition wait/notify without holding the lock
import threading
c = threading.Condition()
try:
    c.wait()
except RuntimeError as e:
    print(e)
try:
    c.notify()
except RuntimeError as e:
    print(e)
