# Barrier timeout breaks it; later waits raise BrokenBarrierError
import threading
b = threading.Barrier(2, timeout=0.05)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print('BrokenBarrierError', repr(e), b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print('still broken')
b.reset(); print('after reset broken =', b.broken)
