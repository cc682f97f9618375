# assignment expression and starred assignment targets
if (n := len('hello')) > 3:
    print('n =', n)
first, *middle, last = range(6)
print(first, middle, last)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
