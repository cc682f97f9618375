def consumer(q, results):
    while True:
        item = q.get()
        if item is None:
            break
        results.append(item * 2)
    return results
# ---
def make_workers(n):
    workers = []
    for i in range(n):
        def work(k=i):
            print(k)
        workers.append(threading.Thread(target=work))
    return workers
# ---
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
# ---
def gen_squares(n):
    for i in range(n):
        if i % 2:
            continue
        yield i * i
# ---
def f(xs):
    total = 0
    for x in xs:
        try:
            total += int(x)
        except ValueError as e:
            print('bad', e)
        else:
            print('ok')
    return total
# ---
def g(a, b):
    while a < b and not a == 0:
        a += 1
        if a > 10 or b < 0:
            break
    else:
        return -1
    return a
# ---
def h(items):
    squares = [x * x for x in items if x > 0]
    names = {str(x) for x in items}
    return squares, names
# ---
def w(lock, data):
    for d in data:
        with lock:
            if d:
                print(d)
# ---
def u(x):
    try:
        x.go()
    except (KeyError, ValueError):
        pass
    print(x)
# ---
def v(n):
    result = []
    i = 0
    while i < n:
        result.append(i)
        i += 1
    assert len(result) == n, f'{len(result)} != {n}'
    return result
# ---
class Worker(threading.Thread):
    def __init__(self, name, count=3):
        super().__init__(name=name)
        self.count = count
    def run(self):
        for i in range(self.count):
            print(f'{self.name}: {i}')
