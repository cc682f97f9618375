# generator send, throw, close and return value
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
g = acc()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
def g2():
    try:
        yield 1
    except ValueError:
        yield 'caught'
    finally:
        print('cleanup')
it = g2(); next(it); print(it.throw(ValueError)); it.close()
