# three-argument pow, negative exponents, modular inverse
print(pow(2, 100, 1000000007), pow(3, 200, 13), pow(7, -1, 13), pow(2, -2))
print(pow(-2, 3), (-8) ** (1/3) == (-8) ** (1/3), pow(0, 0), 0.0 ** 0)
