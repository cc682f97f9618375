# subclassing Thread: override run, store a result
import threading
class Summer(threading.Thread):
    def __init__(self, nums):
        super().__init__()
        self.nums = nums
        self.total = None
    def run(self):
        self.total = sum(self.nums)
ts = [Summer(range(n)) for n in (10, 100, 1000)]
for t in ts: t.start()
for t in ts: t.join()
print([t.total for t in ts], [t.name for t in ts])
