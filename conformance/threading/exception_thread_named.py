# exception in a named thread and a thread-subclass run()
import threading
class Boom(threading.Thread):
    def run(self):
        1 / 0
t = threading.Thread(target=int, args=('x',), name='parser')
t.start(); t.join()
b = Boom()
b.start(); b.join()
print(b.name, 'finished')
