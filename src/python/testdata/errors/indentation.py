if x:
pass
# ---
for x in y:
pass
# ---
while x:
pass
# ---
def f():
pass
# ---
class A:
pass
# ---
try:
pass
# ---
try:
    pass
except:
pass
# ---
try:
    pass
finally:
pass
# ---
with x:
pass
# ---
if x:
    pass
else:
pass
# ---
if x:
    pass
elif y:
pass
# ---
if x:
    pass
elif y:
    pass
else:
return
# ---
match x:
case 1: pass
# ---
match x:
    case 1:
    pass
# ---
for x in y:
    pass
else:
pass
# ---
 x = 1
# ---
x = 1
    y = 2
# ---
if x:
    a
  b
# ---
if x:
        a
    b
# ---
def f():
    x = 1
     y = 2
# ---
if x:
	a = 1
        b = 2
# ---
def f():
    pass
  pass
# ---
if True:
    if x:
    y = 1
# ---
class A:
    def f(self):
    pass
# ---
def f():


# ---
if x:
# ---
while True:
x = 1
        y = 2
    z = 3
# ---
def sell():
    while True:
    with lock:
            if ticket <= 0:
                break
        ticket -= 1
