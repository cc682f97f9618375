# decorator syntax, including arbitrary expressions (PEP 614)
deco = [lambda f: (lambda: 'wrapped ' + f())]
@deco[0]
def hello():
    return 'hello'
print(hello())
