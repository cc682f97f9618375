# iterable unpacking with *rest and errors
a, *rest = [1, 2, 3]
*init, z = 'abcd'
h, *m, t = (1, 2)
print(a, rest, init, z, h, m, t)
for x, (y, *w) in [(1, (2, 3, 4)), (5, (6,))]:
    print(x, y, w)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(e)
