if x
    y
# ---
while x
    pass
# ---
for x in y
    pass
# ---
def f()
    pass
# ---
class A
    pass
# ---
x = (1,
2
# ---
x = [1, 2
# ---
f(a, b
# ---
x = 1)
# ---
x = ]
# ---
x = (1]
# ---
x = (1,
2]
# ---
x = {1: 2)
# ---
x = 'abc
# ---
x = "abc
# ---
x = """abc


# ---
s = '''
abc
# ---
x = = 1
# ---
x = 1 +
# ---
def
# ---
a b
# ---
x = [a b]
# ---
f(a b)
# ---
x = (1 2)
# ---
x = {a b}
# ---
f(a) = 1
# ---
1 = x
# ---
"s" = 1
# ---
f() = x = 1
# ---
x = f() = 1
# ---
(a, f()) = 1
# ---
a + b = c
# ---
[x for x in y] = 1
# ---
None = 1
# ---
True = 1
# ---
x, 1 = 2, 3
# ---
f() += 1
# ---
(a, b) += 1
# ---
del f()
# ---
del 1
# ---
print "hi"
# ---
print x
# ---
exec "code"
# ---
x = 1a
# ---
x = 1_
# ---
x = 0x
# ---
x = 0b2
# ---
x = 012
# ---
x = 1.5e
# ---
f"{x"
# ---
f"{x!z}"
# ---
f"{}"
# ---
f"}"
# ---
f(a=1, b)
# ---
f(**k, b)
# ---
f(x for x in y, 1)
# ---
def f(a=1, b): pass
# ---
def f(a, a=1, /, b): pass
# ---
def f(*, **k): pass
# ---
def f(**k, a): pass
# ---
def f(*a, *b): pass
# ---
x = 1 if y
# ---
import
# ---
from x import
# ---
from x import a,
# ---
try:
    pass
x = 1
# ---
lambda x: (yield)
 = 1
# ---
x = $
# ---
x = 5 €
# ---
a = 1
    b = 2
# ---
x = 1 \ 2
# ---
if x:
    pass
  else:
    pass
# ---
class A:
    def f(self)
        pass
# ---
for x in range(3):
pass
# ---
if x:
    a = (1,
# ---
x = [
    1,
    2
# ---
def f(x):
    return x +
# ---
é = (1 2)
# ---
ünï = ]
# ---
except:
    pass
# ---
else:
    pass
# ---
try:
    pass
except ValueError, TypeError:
    pass
# ---
with open(x) as f
    pass
# ---
x = (y := 1 := 2)
# ---
a.b := 1
# ---
import a.b as
