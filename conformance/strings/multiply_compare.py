# string repetition, comparison, membership
print('ab' * 3, 3 * '-', '' * 5 == '', 'apple' < 'banana', 'Z' < 'a', 'abc' == 'abc', 'b' in 'abc', '' in 'x', 'ab' < 'abc')
print(sorted(['b', 'A', 'a', 'B']), sorted(['b', 'A', 'a', 'B'], key=str.lower), max('hello'), min(['xy', 'xz']))
