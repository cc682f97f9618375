def sell():
    global ticket
    ticket -= 1
# ---
x = 1
y = x + 2
print(y)
# ---
def g(a, b):
    c = a + b * 2
    return c
# ---
def h(x):
    print(x, 1)
# ---
def k():
    return 'done'
# ---
def worker(n):
    global counter
    counter += n
    counter = counter * 2 - 1
# ---
a = -b
c = ~a ** 2 // 3 % 4
# ---
def f():
    pass
f()
# ---
def area(w, h):
    return w * h / 2.5
print(area(3, 4))
# ---
total = 0
total += 10
total <<= 1
# ---
def outer():
    def inner(a):
        return a
    return inner(1)
# ---
def f(a, b, lock):
    c = a < b
    d = a.x
    lock.acquire()
    e = [a, b]
    t = (a, b)
    s = a[0]
    a[1] = b
    a.y = b
    g = a is not b
    h = a in b
    k = a == 1
    m = a != b
    n = a >= b
    lock.release(1, 2)
    return a, b
# ---
x = obj.attr
obj.meth(1)
import threading
from time import sleep
import os.path
from . import sibling as sib
# ---
import threading
lock = threading.Lock()
def take(account, amount):
    lock.acquire()
    account.balance = account.balance - amount
    lock.release()
# ---
x = ('caf\u00e9', '\u200b', '\ud800', 'tab\there', '\x00', '\U0001f40d')
# ---
x = '\N{GREEK SMALL LETTER ALPHA}\N{bullet} \N{EM DASH}'
