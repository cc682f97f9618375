# lambdas with map/filter/sorted and immediately invoked
print(list(map(lambda x: x * 2, [1, 2])), list(filter(lambda s: s.isupper(), 'aBcD')), (lambda *a, **k: (a, k))(1, z=2))
print((lambda x: (lambda y: x + y))(3)(4), (lambda: None).__name__)
