# SyntaxError: '(' was never closed
print('start'
x = 2
