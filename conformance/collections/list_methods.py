# list methods: append, extend, insert, remove, pop, index, count, reverse, sort, clear, copy
a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.remove(3)
print(a, a.pop(), a.pop(0), a, a.index(2), a.count(1))
a.reverse(); print(a); a.sort(); print(a)
b = a.copy(); b.clear(); print(a, b)
