# child has a different pid; parent_process() in child; no pid values printed
import multiprocessing, os
def child(parent_pid, q):
    q.put((os.getpid() != parent_pid, os.getppid() == parent_pid, multiprocessing.parent_process().name))
if __name__ == '__main__':
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(os.getpid(), q))
    p.start()
    print(q.get())
    p.join()
    print(multiprocessing.parent_process())
