# generator expressions are lazy and single-use
g = (x * x for x in range(4))
print(sum(g), sum(g), list(x for x in 'ab'), max(len(w) for w in ['a', 'abc']))
def noisy(n):
    for i in range(n):
        print('produce', i)
        yield i
print(next(i * 10 for i in noisy(3)))
