# operator precedence and chained comparisons
print(2 + 3 * 4 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, 7 // 2 * 3)
print(1 < 2 < 3, 1 < 3 < 2, not 1 == 2, 1 if 0 else 2, 3 & 5 | 2 ^ 7 << 1)
print(None or 'x', 0 and 1, [] or {} or 'last', 'a' in 'abc', 3 not in [1, 2], None is None)
