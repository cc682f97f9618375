# closures capture variables, late binding in loops
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1), add5.__closure__[0].cell_contents)
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
