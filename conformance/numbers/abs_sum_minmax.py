# abs, sum, min, max with numbers
print(abs(-5), abs(-2.5), abs(3 + 4j), sum(range(101)), sum([0.5, 0.25], 10), min(-1, -5), max([2, 9, 4]))
print(max([], default='empty'), min('bca'), max([1, 5, 3], key=lambda v: -v))
