# NameError message texts when caught
try:
    x_undefined
except NameError as e:
    print(e, e.name)
def f():
    return y_undefined
try:
    f()
except NameError as e:
    print(e)
