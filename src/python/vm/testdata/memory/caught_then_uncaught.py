def fill(l):
    i = 0
    while True:
        l.append(str(i))
        i += 1

l = []
try:
    fill(l)
except MemoryError as e:
    status = 'caught ' + type(e).__name__
fill(l)
