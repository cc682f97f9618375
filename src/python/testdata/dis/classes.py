class Account(Base):
    """Doc."""
    rate = 1
    def __init__(self, b):
        self.b = b
    def get(self):
        return self.b
class Empty:
    pass
# ---
import threading
class Counter:
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()
    def increment(self, by=1):
        with self.lock:
            self.value += by
c = Counter()
c.increment()
# ---
import threading
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
    def run(self):
        print(self.n, super().name)
# ---
def outer():
    def inner(x):
        return [y for y in x]
    class C:
        def m(self):
            return 1
    return inner, C
# ---
class Outer:
    class Inner:
        def f(self):
            return 2
    def g(self):
        return self.Inner()
