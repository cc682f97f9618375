# cannot access local variable where it is not associated with a value
counter = 0
def bump():
    counter += 1
bump()
