# arithmetic in loops: collatz and fibonacci
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 15)], collatz(27))
a, b = 0, 1
for _ in range(100):
    a, b = b, a + b
print(a)
