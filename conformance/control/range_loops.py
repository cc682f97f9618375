# for loops over ranges, enumerate and zip with unpacking
for i in range(10, 0, -4):
    print('i', i)
for idx, (a, b) in enumerate(zip('xyz', [1, 2, 3])):
    print(idx, a, b)
total = 0
for k in range(1, 101):
    total += k
print(total)
