# bool is an int subclass
print(True + True, True * 10, False - 1, sum([True, False, True]), True / 2, isinstance(True, int))
print(True & False, True | False, True ^ True, ~True, -True, int(True), str(True), True ** 0)
