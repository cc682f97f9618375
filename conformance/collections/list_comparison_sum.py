# comparing and summing sequences
print([1, 2] < [1, 2, 0], [2] > [1, 99], (1, 'a') < (1, 'b'), [[1]] == [[1]], sum([[1], [2]], []), min([[3], [1, 2]]))
print(list('abc') * 2, [0] * 0, [None] * 2, [1, 2, 3][::-1] == list(reversed([1, 2, 3])))
