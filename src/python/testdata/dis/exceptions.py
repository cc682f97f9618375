def f(a):
    try:
        a.x()
    except ValueError as e:
        print(e)
    except KeyError:
        print(2)
    print(3)
# ---
def g(q):
    try:
        item = q.get()
    except Exception:
        item = None
    else:
        print(item)
    return item
# ---
try:
    import threading
except ImportError:
    threading = None
# ---
def h(x):
    try:
        x.run()
    except:
        print('failed')
