# SyntaxError: expected '(' after def name
def f:
    pass
