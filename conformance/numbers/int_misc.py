# int constructor edge cases and str(int) limit-free sizes
print(int(), int('  -7\n'), int(2.9999), int(-0.0), int('+5'), (10).__index__(), (-7).__abs__())
print(str(10 ** 50), repr(-10 ** 20), 7 .real, (5).numerator, (5).denominator, (5).conjugate())
