# match sequence patterns with star
def describe(seq):
    match seq:
        case []:
            return 'empty'
        case [x]:
            return f'one: {x}'
        case [x, y]:
            return f'two: {x}, {y}'
        case [first, *rest] if len(rest) > 3:
            return f'long starting {first}'
        case [first, *_, last]:
            return f'{first}..{last}'
print(describe([]), describe([1]), describe((1, 2)), describe([1, 2, 3]), describe(list(range(9))), describe('ab'))
