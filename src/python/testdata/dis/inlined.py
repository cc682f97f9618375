[x for x in y]
# ---
y = [1]
z = [x*2 for x in y if x for w in y]
print(x)
# ---
def f(pairs):
    d = {k: v for k, v in pairs if v}
    s = {a + b for a in pairs for b in a}
    return d, s
# ---
def f(m):
    return [(i, j) for i in range(m) for j in range(i) if i != j]
# ---
print([[i * j for j in range(3)] for i in range(2)])
# ---
data = [1, 5, 9]
print([y for v in data if (y := v * 2) > 6], y)
# ---
def f(data):
    grid = [[a + b for b in data] for a in data]
    big = [w for v in data if (w := v + 1) > 2]
    return grid, big, w
