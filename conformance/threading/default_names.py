# default thread names: Thread-N (target) and counter behaviour with explicit names
import threading
def worker(): pass
class MyThread(threading.Thread):
    def run(self): pass
ts = [threading.Thread(target=worker), threading.Thread(target=worker), threading.Thread(target=worker, name='custom'),
      threading.Thread(target=lambda: None), MyThread(), threading.Thread(), threading.Thread(target=print)]
print([t.name for t in ts])
for t in ts:
    t.start(); t.join()
