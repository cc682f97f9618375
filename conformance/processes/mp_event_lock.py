# multiprocessing.Event coordinates parent and child
import multiprocessing
def child(ready, go, q):
    ready.set()
    go.wait()
    q.put('child ran after go')
if __name__ == '__main__':
    ready, go, q = multiprocessing.Event(), multiprocessing.Event(), multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(ready, go, q))
    p.start()
    ready.wait()
    print('child is ready; queue empty:', q.empty())
    go.set()
    print(q.get()); p.join()
