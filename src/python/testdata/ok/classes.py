class A: pass
# ---
class A(B, C):
    x = 1
    def m(self):
        return self.x
# ---
class A(B, metaclass=M, **kw):
    pass
# ---
class A():
    pass
# ---
@dataclass
class Point:
    x: int
    y: int = 0
# ---
class Counter:
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()

    def increment(self):
        with self.lock:
            self.value += 1
