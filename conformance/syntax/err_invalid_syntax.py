# SyntaxError: invalid syntax
x = 1 +* 2
