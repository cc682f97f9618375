# dicts keep insertion order; deleting and re-adding moves a key last
d = {}
for k in ['zeta', 'alpha', 'mid']:
    d[k] = len(k)
print(d)
del d['zeta']; d['zeta'] = 0
print(list(d), dict.fromkeys('cab', 0), dict(zip([3, 1, 2], 'xyz')))
