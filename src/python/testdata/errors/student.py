def worker(n)
    pass
# ---
if x:
    pass
else if y:
    pass
# ---
print('hi")
# ---
x === 1
# ---
if x == 1
    pass
# ---
print(f"{x")
# ---
while x < 10:
x += 1
# ---
for i in range(10)
    print(i)
# ---
t = threading.Thread(target=worker args=(1,))
# ---
lock.acquire(
counter += 1
# ---
with lock
    counter += 1
# ---
def f():
    global counter
    counter =+ 1
  print(counter)
# ---
class Worker(threading.Thread)
    pass
# ---
import threading,
# ---
x = [1, 2, 3
print(x)
# ---
print("done"))
# ---
def f(x):
    return x
  return 2
# ---
items = {1: 'a', 2 'b'}
# ---
def f(a, b):
    pass
f(a=1, 2)
# ---
x = 10
if x > 5:
    print("big")
  else:
    print("small")
# ---
s = '😀'; x = (1 2)
# ---
s = '😀'; x = 1)
# ---
s = '😀'; f() = 1
# ---
s = '😀'; x = 'abc
# ---
def f():
    s = '😀'; return 1
return s
