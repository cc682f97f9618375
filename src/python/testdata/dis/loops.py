def f(n, items):
    while n > 0:
        n -= 1
        if n == 5:
            continue
        if n == 2:
            break
        print(n)
    else:
        print('done')
    for i in items:
        if i:
            break
        if n:
            continue
        print(i)
    else:
        print('none')
    for j in items:
        if j:
            break
    return n
# ---
def f(x):
    for i in x:
        if i:
            print(i)
# ---
for t in threads:
    if t.done:
        continue
    t.join()
# ---
def find(items, key):
    for k in items:
        if k == key:
            print('found')
            break
    else:
        print('missing')
# ---
def spin(lock):
    while True:
        if lock.acquire(False):
            break
    return 1
