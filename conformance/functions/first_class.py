# functions as values: attributes, dict dispatch, higher-order
def add(a, b): return a + b
def sub(a, b): return a - b
ops = {'+': add, '-': sub}
print(ops['+'](2, 3), ops['-'](2, 3), add.__name__, callable(add), callable(3), add.__code__.co_argcount)
def compose(f, g): return lambda x: f(g(x))
print(compose(str, abs)(-5), repr(compose(len, str)(12345)))
