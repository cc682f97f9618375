# random.Random instances are independent; gauss and getrandbits with seeds
import random
a, b = random.Random(1), random.Random(1)
print([a.randint(0, 9) for _ in range(5)] == [b.randint(0, 9) for _ in range(5)])
r = random.Random('seed-string')
print(r.getrandbits(16), round(r.gauss(0, 1), 6), r.random())
