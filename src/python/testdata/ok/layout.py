result = compute(
    first,
    second=2,
    *rest,
    **options,
)
# ---
@decorator(
    arg,
)
class Thing(Base, metaclass=Meta):
    attr: int = 0
# ---
value = (a +
         b) * (c
               - d)
# ---
text = ("one "
        "two "
        f"{three}")
# ---
def f(a, b=lambda x: x + 1, *, c=[1, 2]):
    return b(a)
# ---
if x:
	if y:
		pass
# ---
x = [i
     for i in range(10)
     if i]
# ---
obj.method(
    a
).other[
    1
]
# ---
a = b[1:
      2]
# ---
matrix = [[1, 2], [3, 4]]
cell = matrix[0][1]
# ---
x = 1 if y else \
    2
# ---
assert (a and
        b)
# ---
raise Error(
    'message'
) from None
# ---
for (a, b) in pairs: print(a, b)
# ---
while (line := read()) != '':
    lines.append(line)
# ---
try:
    pass
except (A, B):
    pass
except C as e:
    raise
# ---
with (
    open(a) as f,
    open(b) as g,
):
    pass
# ---
nums = {*a, *b}
pairs = {**a, 'k': v}
# ---
lambda: (yield)
# ---
print(f"{x!r:>{10}}", f'{y:{z}}')
# ---
s = f"""{
    value
}"""
# ---
d = {'a': 1,
     'b': 2}
# ---
x = not a == b
# ---
y = a if b else c
z = (a if b else c)
# ---
x: list[int] = []
# ---
i = j = k = 0
# ---
x = -(y)
z = not (w)
f(a=(1), **(k))
t = *(a), b
def g():
    yield (1)
    yield from (it)
(n := (5))
