# list identity, equality, += vs + on aliases
a = [1, 2]
b = a
b += [3]
c = a + [4]
print(a, b, c, a is b, a == [1, 2, 3], a is c)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e, t)
