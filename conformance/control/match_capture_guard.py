# match capture patterns with guards
def sign(x):
    match x:
        case 0:
            return 'zero'
        case n if n > 0:
            return f'positive {n}'
        case n:
            return f'negative {n}'
print(sign(0), sign(5), sign(-2))
