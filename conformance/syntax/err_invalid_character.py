# SyntaxError: invalid character (a full-width comma from Chinese input)
a = 1
print(a，2)
