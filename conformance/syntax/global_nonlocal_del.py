# global, nonlocal and del statements
g = 1
def outer():
    v = 1
    def inner():
        nonlocal v
        global g
        v += 10; g += 100
    inner()
    return v
print(outer(), g)
lst = [1, 2, 3, 4]
del lst[1], lst[-1]
print(lst)
