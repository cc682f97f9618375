# tuple operations, immutability, packing
t = (1, 2, 3)
print(t + (4,), t * 2, t[1:], len(t), 2 in t, t.index(3), t.count(1), tuple('ab'), (1,) == (1,), (1, 2) < (1, 3))
try:
    t[0] = 9
except TypeError as e:
    print(e)
x = 1, 2
print(type(x).__name__, x)
