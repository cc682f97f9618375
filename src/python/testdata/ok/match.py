match x:
    case 1:
        pass
# ---
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] if direction in dirs:
        pass
    case _:
        pass
# ---
match p:
    case Point(x=0, y=0):
        pass
    case Point(1, y=2):
        pass
    case Point():
        pass
# ---
match v:
    case None:
        pass
    case True | False:
        pass
    case -1 | 2.5 | 1+2j | 'str' | b'b':
        pass
# ---
match m:
    case {"a": 1, "b": x, **rest}:
        pass
    case {}:
        pass
# ---
match s:
    case [1, *rest]:
        pass
    case (a, b, *_):
        pass
    case (x):
        pass
    case ():
        pass
# ---
match s:
    case Color.RED:
        pass
    case [x] as y:
        pass
    case (1 | 2) as z:
        pass
# ---
match a, b:
    case 1, 2:
        pass
    case *x, y:
        pass
# ---
match = 1
match.x = 2
match(x)
case = 3
