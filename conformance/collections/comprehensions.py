# list/dict/set comprehensions and nested loops with conditions
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print({x: x ** 2 for x in range(5) if x % 2 == 0}, {len(w) for w in ['a', 'bb', 'cc']})
print([[i * j for j in range(3)] for i in range(3)], [c for c in 'hello' if c not in 'l'])
print(list(x for x in range(3)), [y := 5, y ** 2])
