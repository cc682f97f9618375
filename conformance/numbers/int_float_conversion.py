# int/float conversions and truncation
print(int(3.99), int(-3.99), int('  42  '), int('-0'), float('3.5'), float(' -2 '), int(True))
print(float(2 ** 53 + 1), int(1e20), int(float('1e3')), (2 ** 53 + 1) == float(2 ** 53 + 1))
print(int('1_000'), float('1_0.5'), 10 / 4, 10 / 5, type(10 / 5).__name__)
