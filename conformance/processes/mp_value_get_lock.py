# Value's built-in lock via get_lock()
import multiprocessing
def inc(v):
    for _ in range(500):
        with v.get_lock():
            v.value += 1
if __name__ == '__main__':
    v = multiprocessing.Value('i', 0)
    ps = [multiprocessing.Process(target=inc, args=(v,)) for _ in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(v.value, type(v.value).__name__)
