return 1
# ---
return
# ---
yield 1
# ---
x = yield
# ---
break
# ---
continue
# ---
if x:
    break
# ---
while x:
    def f():
        break
# ---
for x in y:
    class A:
        continue
# ---
def f():
    x = 1
    global x
# ---
def f():
    print(x)
    global x
# ---
x = 1
global x
# ---
def f(a):
    global a
# ---
def f():
    x = 1
    def g():
        nonlocal y
    nonlocal x
# ---
class A:
    return 1
# ---
lambda: (yield)
yield 2
# ---
def f():
    pass
return 2
# ---
def f():
    ticket = 1
    global ticket
    ticket -= 1
# ---
[(yield) for x in y]
# ---
print(x)
global x
# ---
def f():
    from os import *
# ---
print(1)
nonlocal x
# ---
def f():
    nonlocal y
# ---
def f():
    global x
    def g():
        nonlocal x
# ---
def f():
    x = 1
    class C:
        nonlocal x
    def g():
        def h():
            nonlocal z
# ---
nonlocal x
break
