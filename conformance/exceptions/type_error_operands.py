# unsupported operand type(s) uncaught
count = 5
label = ' items'
print(count + label)
