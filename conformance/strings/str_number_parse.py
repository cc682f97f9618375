# string <-> number conversions
print(str(12) + '3', int('12') + 3, float('1.5e2'), '3' * 3, int('٣'), float('  inf '), str(0.1), repr(1e100))
try:
    float('abc')
except ValueError as e:
    print(e)
