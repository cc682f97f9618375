# int(str, base) parsing
print(int('ff', 16), int('0xff', 16), int('0xff', 0), int('777', 8), int('0o777', 0), int('1010', 2))
print(int('z', 36), int('Zz', 36), int('0b11', 0), int('  12  ', 5), int('-101', 2))
