# __slots__ instances shared by threads: each thread writes and reads slots of one object
import threading
class Cell:
    __slots__ = ('value', 'owner')
    def __init__(self):
        self.value = 0
cells = [Cell() for _ in range(3)]
def work(i):
    c = cells[i]
    c.owner = f't{i}'
    for _ in range(1000):
        c.value += 1
    try:
        c.extra = 1
    except AttributeError as e:
        out[i] = str(e)
out = [None] * 3
ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print([(c.owner, c.value) for c in cells])
print(out)
