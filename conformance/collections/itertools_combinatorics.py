# itertools product, permutations, combinations
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product('ab', [1, 2])), list(product([0, 1], repeat=2)))
print(list(permutations([1, 2, 3], 2)), list(combinations('abcd', 2)), list(combinations_with_replacement([1, 2], 2)))
