# SyntaxError: 'break' outside loop
print('never runs')
break
