# subclass multiprocessing.Process and override run
import multiprocessing
class Worker(multiprocessing.Process):
    def __init__(self, n, q):
        super().__init__()
        self.n, self.q = n, q
    def run(self):
        self.q.put((self.name, sum(range(self.n))))
if __name__ == '__main__':
    q = multiprocessing.Queue()
    ws = [Worker(n, q) for n in (10, 20)]
    for w in ws: w.start()
    res = sorted(q.get() for _ in ws)
    for w in ws: w.join()
    print(res)
