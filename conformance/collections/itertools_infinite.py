# itertools count, cycle, repeat with islice
from itertools import count, cycle, repeat, islice
print(list(islice(count(10, 5), 4)), list(islice(cycle('ab'), 5)), list(repeat('x', 3)), list(islice(count(), 2, 10, 3)))
