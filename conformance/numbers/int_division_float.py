# true division of ints gives floats, exact big-int division, float precision loss
print(7 / 2, -7 / 2, 10 ** 20 / 10 ** 10, 2 ** 64 / 3, (2 ** 53 + 1) / 1, 1 / 3 * 3, 10 // 3.0)
print(10 ** 30 // 10 ** 15, 10 ** 400 // 10 ** 399)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(e)
