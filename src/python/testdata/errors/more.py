if x = 1:
    pass
# ---
while True
    pass
# ---
else:
    pass
# ---
x = 1 +* 2
# ---
class A(:
    pass
# ---
for x in range(3) print(x)
# ---
x = [1, 2,, 3]
# ---
a = b =
# ---
import a as 1
# ---
def f(*): pass
# ---
x = f"{x
# ---
print('a' 'b'
# ---
def f(x):
return x
# ---
x = (1, 2
y = 3
# ---
f(x y)
# ---
x += 1 += 2
# ---
if x:
    pass
elif:
    pass
# ---
x = 'abc' 'def
# ---
def f():
    yield = 3
# ---
lambda x: x = 1
# ---
x.y() = 3
# ---
a[1] + 1 = 2
# ---
f(**x, *y)
# ---
with open(x) as f, :
    pass
# ---
try:
    pass
# ---
import threading
def worker():
    counter += 1
  counter -= 1
# ---
def f():
    global x
    x = 1
    nonlocal x
# ---
def f(a, b=1, c):
    pass
# ---
for i in range(10):
    print(i)
    break
continue
