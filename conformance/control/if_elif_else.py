# if/elif/else chains and truthiness of values
def classify(n):
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'big'
print([classify(n) for n in (-5, 0, 3, 42)])
for v in [0, 1, '', 'a', [], [0], None, {}, 0.0, -1]:
    print(repr(v), 'truthy' if v else 'falsy')
