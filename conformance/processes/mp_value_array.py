# multiprocessing.Value and Array shared between processes with a Lock
import multiprocessing
def add(v, arr, lock, k):
    for _ in range(1000):
        with lock:
            v.value += 1
    arr[k] = k * k
if __name__ == '__main__':
    v = multiprocessing.Value('i', 0)
    arr = multiprocessing.Array('d', 4)
    lock = multiprocessing.Lock()
    ps = [multiprocessing.Process(target=add, args=(v, arr, lock, k)) for k in range(4)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(v.value, arr[:], len(arr))
