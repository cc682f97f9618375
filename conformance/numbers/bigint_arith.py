# arbitrary-precision int arithmetic
a = 2 ** 200
print(a)
print(a * a - 1)
print(3 ** 100 // 7 ** 20, 3 ** 100 % 7 ** 20)
print(-(10 ** 30) // 7, len(str(2 ** 1000)))
