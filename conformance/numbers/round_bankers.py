# round(): banker's rounding and ndigits
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(round(2.675, 2), round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(3.14159, 3), type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(5))
