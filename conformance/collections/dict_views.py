# dict views reflect changes and support set operations
d = {'a': 1, 'b': 2}
k = d.keys(); v = d.values(); it = d.items()
d['c'] = 3
print(k, v, it, k & {'a', 'z'} == {'a'}, sorted(k - {'a'}), ('a', 1) in it, len(v))
print(list(reversed(d)), {1: 'x'}.keys() == {1}, d == {'c': 3, 'b': 2, 'a': 1})
