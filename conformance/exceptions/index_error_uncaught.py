# list index out of range uncaught inside a function
def last_plus_one(xs):
    return xs[len(xs)]
last_plus_one([1, 2, 3])
