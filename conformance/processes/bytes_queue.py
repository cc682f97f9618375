# bytes and bytearray through a multiprocessing.Queue keep their type
import multiprocessing as mp
def f(q):
    q.put(bytearray(b"ab"))
    q.put(b"cd")
if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=f, args=(q,))
    p.start()
    print(q.get(), q.get())
    p.join()
