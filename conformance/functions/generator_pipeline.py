# chaining generators into a pipeline
def nums():
    yield from range(1, 11)
def evens(it):
    return (x for x in it if x % 2 == 0)
def squares(it):
    for x in it:
        yield x * x
print(list(squares(evens(nums()))))
