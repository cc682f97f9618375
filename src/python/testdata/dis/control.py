def f(n):
    while n > 0:
        n -= 1
    for i in range(n):
        print(i)
    if n:
        x = 1
    else:
        x = 2
    if n < 3:
        x = 5
    return x
# ---
def g(n):
    if n:
        print(1)
# ---
def h(n):
    while n:
        n = n - 1
# ---
def k(items):
    for it in items:
        print(it)
# ---
def m(a):
    if not a:
        return 1
    elif a > 2:
        return 2
    else:
        return 3
# ---
import threading
tickets = 10
def sell():
    global tickets
    while tickets > 0:
        tickets -= 1
for i in range(3):
    threading.Thread(sell)
# ---
x = 0
if x:
    x = 1
# ---
def p(n):
    if n:
        n = 1
    else:
        n = 2
