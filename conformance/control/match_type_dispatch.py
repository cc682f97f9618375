# match on builtin types
def kind(v):
    match v:
        case bool():
            return 'bool'
        case int():
            return 'int'
        case str() as s if s.isdigit():
            return 'digit string'
        case str():
            return 'string'
        case [*_]:
            return 'sequence'
        case {}:
            return 'mapping'
    return 'unknown'
print([kind(v) for v in (True, 3, '12', 'ab', [1], (2,), {'a': 1}, 1.5)])
