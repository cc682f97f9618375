# producer process and consumer process connected by a multiprocessing.Queue
import multiprocessing
def produce(q):
    for i in range(5):
        q.put(f'bread{i}')
    q.put(None)
def consume(q, out):
    got = []
    while (x := q.get()) is not None:
        got.append(x)
    out.put(got)
if __name__ == '__main__':
    q, out = multiprocessing.Queue(), multiprocessing.Queue()
    ps = [multiprocessing.Process(target=produce, args=(q,)), multiprocessing.Process(target=consume, args=(q, out))]
    for p in ps: p.start()
    print(out.get())
    for p in ps: p.join()
    print([p.exitcode for p in ps])
