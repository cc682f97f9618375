def f(cmd):
    match cmd:
        case 'go':
            return 1
        case 0 | 1 | -1:
            return 2
        case None:
            return 3
        case _:
            return 4
# ---
def f(p):
    match p:
        case [x, y]:
            return x + y
        case [first, *rest]:
            return rest
        case [_, _, *_]:
            return 0
        case {'k': v, **others}:
            return v, others
        case {'a': 1}:
            return 1
        case Point(x=0, y=yy) if yy > 0:
            return yy
        case Point(a, b) as pt:
            return pt
        case (1 | 2) as n:
            return n
        case [a, (b, c)] | [(b, c), a]:
            return a, b, c
        case str() | bytes():
            return 'text'
