# SyntaxError: cannot assign to literal here
1 = x
