# integer formatting with format specs
n = 1234567
print(f'{n:,}|{n:_}|{n:>12}|{n:<12}|{n:^12}|{n:012}|{n:+}|{-n:,}|{n:x}|{n:e}')
print(format(42, '*^9'), format(-42, '=+8'), format(7, ' '), '{:03d}'.format(-5))
