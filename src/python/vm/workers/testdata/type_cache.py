# The class-side attribute cache (type-cache.ts) must see a class changed by another
# worker: the main thread calls c.step() and reads c.rate from cached entries while
# the thread, on its own worker, rebinds both on the class (and a base's attribute).
import threading, time


class Base:
    unit = 1


class Counter(Base):
    rate = 1

    def step(self):
        return 'old'


def new_step(self):
    return 'new'


def setter():
    time.sleep(0.02)
    Base.unit = 10
    Counter.rate = 5
    Counter.step = new_step


c = Counter()
t = threading.Thread(target=setter)
t.start()
n = 0
while c.step() == 'old':
    n += c.rate * c.unit
t.join()
print(c.step(), c.rate, c.unit, Counter.rate, type(c).unit)
