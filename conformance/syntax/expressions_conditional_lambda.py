# conditional expressions, lambda, comprehensions in expressions
f = lambda x, y=2: x * y if x > 0 else -x
print(f(3), f(-4), (lambda: 'noargs')(), [f(i) for i in range(-1, 2)])
print({k: v for k, v in zip('ab', (1, 2))}, {i % 3 for i in range(10)}, sum(i for i in range(5)))
