# nested loops with break/continue affect only the innermost loop
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i + 1:
            break
        print(i, j)
