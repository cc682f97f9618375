# str.translate and str.maketrans
t = str.maketrans('abc', 'xyz', 'd')
print('abcd-abcd'.translate(t), 'hello'.translate({ord('l'): None, ord('h'): 'J'}), str.maketrans({'a': 1}))
