# BoundedSemaphore released too many times raises ValueError
import threading
b = threading.BoundedSemaphore(2)
b.acquire(); b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)
s = threading.Semaphore(2)
s.release()
print('plain Semaphore allows extra release')
