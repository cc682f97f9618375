def f(x):
    return [i * 2 for i in x if i]
# ---
def f(x):
    i = 5
    s = {a for a in x}
    d = {k: k + 1 for k in x}
    return i
# ---
def results(threads):
    [t.join() for t in threads]
    total = sum([t.value for t in threads if t.ok and not t.failed])
    return total
