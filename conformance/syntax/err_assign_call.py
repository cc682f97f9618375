# SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?
def f(): return 1
if f() = 1:
    pass
