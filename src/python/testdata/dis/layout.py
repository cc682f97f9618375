if a:
    x = 1
    if b:
        y = 2
# ---
if x:
    if y:
        pass
# ---
'esc\n\t\\\'"\x41\101\u00e9\U0001F600\a\b\f\v\r'
# ---
x = (
    1,
    2
)
y = -1
z = -2.5
def f():
    return (1, 2)
# ---
def g(a, b, c):
    if a:
        if b:
            print(1)
        elif c:
            print(2)
