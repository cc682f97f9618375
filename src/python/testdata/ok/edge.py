if x:  # comment
    pass
# ---
def f():
    """Docstring."""

    return 1
# ---
x = [  # open
    1,  # one
]
# ---
-2 ** 2
# ---
not not x
# ---
a, = x
# ---
x = [*a, *b]
# ---
{**a, **b}
# ---
print(*range(3))
# ---
[y for x in data if (y := f(x))]
# ---
global a, b
# ---
del a[1:2], b.c
# ---
assert isinstance(x, int), f"bad {x!r}"
# ---
while True: pass
# ---
x = 1e-5j + 0XFF + 1_000_000.5 + 0O7 + 0B1
# ---
s = '😀 emoji' + "ü"
# ---
x = a.b.c(d=e)[f](g)
# ---
x = (yield_value := 3)
# ---
y = lambda a=1, *b, c=2, **d: (a, b, c, d)
# ---
class A(B): pass
# ---
r = x if a else y if b else z
# ---
t = 1, *rest
# ---
x = 'a' \
    'b'
# ---
def f(a, b, /):
    return a

# ---
if a:
    pass

elif b:

    pass
# ---
x = {
    'a': 1,
    'b': [1, 2,
          3],
}
# ---
print(f"{'nested'!r:>{w}}")
# ---
print(f"{x:{'>' if a else '<'}10}")
# ---
z = f'{x}{y}'
# ---
a = b = c
# ---
x[1:2, ::3] = y
# ---
try:
    pass
except Exception:
    raise
# ---
for x in y:
    if x:
        continue
    break
else:
    pass
# ---
with a as (b, c):
    pass
# ---
with a as b.c, d as e[0]:
    pass
# ---
def f(x):
    match x:
        case [1, 2, *others] if others:
            return others
        case {'k': v}:
            return v
        case str() | bytes():
            return x
