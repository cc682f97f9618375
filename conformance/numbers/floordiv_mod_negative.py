# // and % with negative operands (floor semantics)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, -3)]:
    print(a, b, a // b, a % b)
print(7.5 // 2, -7.5 // 2, -7.5 % 2, 7 % -2.5)
