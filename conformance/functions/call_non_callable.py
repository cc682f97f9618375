# calling non-callables and wrong-type arguments
for thing in [5, 'str', None, [1]]:
    try:
        thing()
    except TypeError as e:
        print(e)
try:
    abs('x')
except TypeError as e:
    print(e)
