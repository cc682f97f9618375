total = sum(x * x for x in range(10))
# ---
def f(items, k):
    return list(i + k for i in items if i)
# ---
def f(rows):
    return any(x for row in rows for x in row)
# ---
print(max(len(w) for w in ['a', 'bb']))
# ---
evens = list(x * 2 for x in range(5) if x % 2 == 0)
