# traceback with several frames and caret lines for sub-expressions
def divide(a, b):
    return a / b
def average(xs):
    return divide(sum(xs), len(xs))
print(average([1, 2, 3]))
print(average([]))
