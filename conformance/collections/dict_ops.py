# dict operations: get, setdefault, update, pop, popitem, keys/values/items, merge
d = {'b': 2, 'a': 1}
d['c'] = 3
print(d, d.get('z'), d.get('z', 0), d.setdefault('e', 5), d.pop('b'), d.popitem(), list(d.keys()), list(d.values()), list(d.items()))
d.update(x=9, a=10); print(d, d | {'y': 1}, {**d, 'a': 0})
d |= {'q': 7}; print(d, 'q' in d, len(d))
