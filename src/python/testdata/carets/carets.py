x = 1 + 'a'
# ---
def f(a, b):
    return a / b
f(1, 0)
# ---
d = {}
print(d['missing'])
# ---
items = [1, 2]
value = items[5] + 1
# ---
def g():
    return undefined_name
g()
# ---
class C:
    pass
C().attr
# ---
import math
math.sqrt(-1)
# ---
def h(n):
    if n == 0:
        raise ValueError('boom')
    return h(n - 1)
h(2)
# ---
data = {'a': [1, 2]}
total = data['a'][0] + data['b'][1]
# ---
int('x')
# ---
def k(a, b):
    return (a
            + b)
k(1, None)
# ---
s = '线程'
n = s + 1
# ---
y = (1 +
     'b')
# ---
z = 10 // 0
# ---
lst = [1]
lst[1] = lst[2]
