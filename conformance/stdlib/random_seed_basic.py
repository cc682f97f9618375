# random with a fixed seed: random, randint, uniform, randrange
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.uniform(1, 2), random.randrange(0, 50, 5))
random.seed(42)
print(random.random())
