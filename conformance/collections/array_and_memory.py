# array module basics
from array import array
a = array('i', [1, 2, 3])
a.append(4)
print(a, a[1:], a.tolist(), a.itemsize * 0 + len(a), array('d', [1.5]), a.typecode, sum(a))
