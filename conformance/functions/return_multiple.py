# returning tuples, None by default, early return
def stats(xs):
    if not xs:
        return
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, mean = stats([3, 1, 4, 1, 5])
print(lo, hi, mean, stats([]))
def nothing(): pass
print(nothing())
