# list slicing with steps and slice assignment
a = list(range(10))
print(a[::2], a[1::3], a[::-1], a[-3:], a[8:2:-2], a[slice(2, 5)], a[100:200])
a[2:5] = ['x']; print(a)
a[::2] = [0] * len(a[::2]); print(a)
del a[::3]; print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print(e)
