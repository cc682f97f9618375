# while loops with else, break and continue
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print('n', n)
else:
    print('while finished normally')
while True:
    n -= 1
    if n < 3:
        break
else:
    print('not printed')
print('n is', n)
