# comparisons between ints, floats and bools
print(1 == 1.0, True == 1, False == 0.0, 2 ** 53 + 1 > 2.0 ** 53, 0.1 + 0.2 == 0.3)
print(1 < 1.5 < 2, max(1, 2.0), min(3, 2.5, True), sorted([3, 1.5, True, 0]))
print(10 ** 400 > float('inf'), -10 ** 400 < -1e308)
