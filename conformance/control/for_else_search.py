# for-else used for search
for target in (7, 10):
    for x in [1, 3, 7, 9]:
        if x == target:
            print('found', x)
            break
    else:
        print('not found', target)
