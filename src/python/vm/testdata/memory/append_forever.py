l = []
i = 0
while True:
    l.append(str(i))
    i += 1
