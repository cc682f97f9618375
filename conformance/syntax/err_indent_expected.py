# IndentationError: expected an indented block after 'if' statement
x = 1
if x:
print(x)
