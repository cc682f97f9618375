try:
    pass
finally:
    pass
# ---
def f(l):
    with l:
        return 1
# ---
def g(l):
    with l:
        yield 1
# ---
def f(lock, items):
    for x in items:
        with lock:
            if x:
                break
            if x > 1:
                continue
            print(x)
    return 0
# ---
def f(a):
    try:
        return a.run()
    finally:
        a.close()
# ---
def f(q):
    try:
        for x in q:
            yield x
    finally:
        q.close()
# ---
def f(l, m):
    with l, m as y:
        print(y)
# ---
def f(run):
    try:
        run()
    except* ValueError as eg:
        print(eg.exceptions)
    except* TypeError:
        print('type')
    return 1
# ---
try:
    raise ExceptionGroup('g', [ValueError(1)])
except* ValueError:
    pass
else:
    print('no')
