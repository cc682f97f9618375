# SyntaxError: invalid syntax on a stray else
x = 1
else:
    pass
