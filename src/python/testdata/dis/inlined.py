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
