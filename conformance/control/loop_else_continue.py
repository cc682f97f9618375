# for-else runs when no break even with continue; loops over empty iterables
for i in range(3):
    if i == 1:
        continue
else:
    print('else ran, i =', i)
for _ in []:
    print('never')
else:
    print('empty else')
