# text table built with format specs
rows = [('apple', 3, 1.5), ('banana', 12, 0.25), ('cherry', 100, 10.0)]
print(f"{'name':<8}|{'qty':>5}|{'price':>7}")
print('-' * 22)
for n, q, p in rows:
    print(f'{n:<8}|{q:>5}|{p:>7.2f}')
