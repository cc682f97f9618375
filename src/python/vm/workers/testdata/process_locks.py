import multiprocessing, threading, time
held = threading.Lock()
free = threading.Lock()
def child():
    # Copies made by fork: held stays held (the parent's release is not the child's), free stays free.
    print('child held copy', held.acquire(timeout=0.3))
    print('child free copy', free.acquire(timeout=0.3))
    t = threading.Thread(target=lambda: print('child thread sees free', free.locked()))
    t.start()
    t.join()
if __name__ == '__main__':
    held.acquire()
    p = multiprocessing.Process(target=child)
    p.start()
    held.release()
    free.acquire()
    p.join()
    print('parent', held.locked(), free.locked(), p.exitcode)
