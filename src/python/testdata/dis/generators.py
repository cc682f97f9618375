def gen(n):
    for i in range(n):
        yield i
    x = yield
    yield from n
# ---
def producer(items):
    for it in items:
        if it:
            yield it * 2
    return 'done'
