# range objects: indexing, slicing, membership, equality
r = range(0, 20, 3)
print(r, list(r), r[2], r[-1], r[1:4], 9 in r, 10 in r, r.index(12), r.count(3), len(r), range(0) == range(2, 2), list(range(5, 0, -1)))
