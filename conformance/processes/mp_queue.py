# multiprocessing.Queue passes objects from children to the parent
import multiprocessing
def produce(q, n):
    for i in range(n):
        q.put(('item', i, [i] * i))
    q.put(None)
if __name__ == '__main__':
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=produce, args=(q, 4))
    p.start()
    while (x := q.get()) is not None:
        print(x)
    p.join()
    print('exitcode', p.exitcode)
