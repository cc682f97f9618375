if x:
    pass
# ---
if x:
    a
elif y:
    b
elif z:
    c
else:
    d
# ---
if x: a; b
# ---
while True:
    if done:
        break
    continue
# ---
while x:
    x -= 1
else:
    y()
# ---
for i in range(10):
    print(i)
# ---
for i, (a, b) in enumerate(pairs):
    pass
else:
    pass
# ---
for x, in y:
    pass
# ---
try:
    a()
except ValueError:
    b()
except (TypeError, KeyError) as e:
    c(e)
except:
    d()
else:
    e()
finally:
    f()
# ---
try:
    a()
finally:
    b()
# ---
try:
    a()
except* ValueError as eg:
    pass
# ---
with lock:
    x += 1
# ---
with open(f) as fh, lock as l:
    pass
# ---
with (a as b, c as d):
    pass
# ---
with (a, b):
    pass
# ---
with (yield):
    pass
# ---
if x:
    if y:
        pass
    else:
        pass
z = 1
# ---
if a:
	x = 1
	if b:
		y = 2
# ---
while n := next(it):
    pass
# ---
if (n := len(a)) > 10:
    pass
