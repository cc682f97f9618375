# random choice, shuffle, sample, choices with a fixed seed
import random
random.seed(2024)
items = list(range(10))
print(random.choice(items), random.choice('abcdef'))
random.shuffle(items); print(items)
print(random.sample(range(100), 5), random.choices('xyz', k=6), random.choices([1, 2], weights=[9, 1], k=5))
