# decorators: simple, with arguments, stacked
def bold(f):
    return lambda *a: '<b>' + f(*a) + '</b>'
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@bold
def hi(name): return 'hi ' + name
@repeat(3)
def ping(): return 'ping'
@bold
@bold
def x(): return 'x'
print(hi('z'), ping(), x())
