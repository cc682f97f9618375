# recursion: factorial, fibonacci, hanoi, flatten
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
def hanoi(n, a='A', b='B', c='C'):
    return [] if n == 0 else hanoi(n - 1, a, c, b) + [(a, c)] + hanoi(n - 1, b, a, c)
def flatten(x): return [z for y in x for z in flatten(y)] if isinstance(x, list) else [x]
print(fact(20), hanoi(2), len(hanoi(10)), flatten([1, [2, [3, [4]], 5]]))
