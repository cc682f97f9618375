def f(x, n):
    a = f'v={x}'
    b = f'{x!r:>{n}} and {n:3d}'
    c = f'{x}'
    d = f'{x=}'
    e = f'{x!s}{n!a}'
    return a
# ---
name = 'w'
print(f'worker {name} done: {count + 1} items')
# ---
a = f'abc'
b = f''
c = f'{a}' f'x'
