# Manager dict and list shared across processes
import multiprocessing
def fill(d, l, k):
    d[k] = k * 2
    l.append(k)
if __name__ == '__main__':
    with multiprocessing.Manager() as m:
        d, l = m.dict(), m.list()
        ps = [multiprocessing.Process(target=fill, args=(d, l, k)) for k in range(4)]
        for p in ps: p.start()
        for p in ps: p.join()
        print(sorted(d.items()), sorted(l))
