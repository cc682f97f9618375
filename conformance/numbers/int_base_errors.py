# ValueError texts from int()
for args in [('12a',), ('12', 2), ('', 10), ('0x1f', 10), ('9', 8)]:
    try:
        int(*args)
    except ValueError as e:
        print(e)
try:
    int('5', 37)
except ValueError as e:
    print(e)
