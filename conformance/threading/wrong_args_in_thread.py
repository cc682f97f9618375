# calling the target with wrong arguments fails inside the thread
import threading
def worker(a, b):
    return a + b
t = threading.Thread(target=worker, args=(1,))
t.start(); t.join()
print('main is fine')
