# ZeroDivisionError uncaught
def rate(done, total):
    return done / total * 100
print(rate(1, 4))
print(rate(1, 0))
