# nonlocal used to build a counter
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2())
