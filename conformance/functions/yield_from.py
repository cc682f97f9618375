# yield from delegation and its return value
def inner():
    yield 1
    yield 2
    return 'inner-done'
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield from range(3, 5)
print(list(outer()))
