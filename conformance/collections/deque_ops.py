# collections.deque
from collections import deque
d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, d.popleft(), d.pop(), d)
d.rotate(1); print(d); d.rotate(-2); print(d, d[0], d[-1], len(d), d.maxlen)
d.extendleft([9, 8]); print(d)
try:
    deque().pop()
except IndexError as e:
    print(e)
