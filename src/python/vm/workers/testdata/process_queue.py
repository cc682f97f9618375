import multiprocessing, queue

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'

def echo(inq, outq):
    # Every value arrives as a copy in this process, and goes back as another.
    while True:
        v = inq.get()
        if v is None:
            break
        outq.put((type(v).__name__, v))

if __name__ == '__main__':
    inq, outq = multiprocessing.Queue(), multiprocessing.Queue()
    p = multiprocessing.Process(target=echo, args=(inq, outq))
    p.start()
    shared = [1, 2]
    values = [7, 2**70, -0.0, float('inf'), 'héllo', b'\x00\xff', (1, [2, {3: 'x'}]), {1, 2}, Point(1, 2.5), shared, True, None]
    for v in values[:-1]:
        inq.put(v)
    for _ in values[:-1]:
        print(outq.get(timeout=5))
    back = outq.qsize()
    inq.put(None)
    p.join()
    shared.append(3)
    print('qsize', back, 'exit', p.exitcode)
    try:
        outq.get(timeout=0.1)
    except queue.Empty:
        print('empty')
