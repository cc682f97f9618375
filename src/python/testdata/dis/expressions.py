def f(a, b, c):
    x = a and b
    y = a or b or c
    if a and b:
        x = 1
    if a or b:
        x = 2
    if not (a and b):
        x = 3
    if a and (b or c):
        x = 4
    while a or not b:
        a = c
    z = a < b < c
    w = a == b != c <= 3
    return not a
# ---
ok = done and not failed
# ---
def f(a, i, j):
    x = a[1:2]
    y = a[i:]
    z = a[::2]
    a[i:j] = x
    w = a[:j, 1]
    a[1:] = a[:]
    return a[i:j:2]
