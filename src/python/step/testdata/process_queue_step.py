import multiprocessing as mp
import os

def work(q, n):
    for i in range(n):
        q.put(i * 10)
    print('child', mp.current_process().name, os.getpid() != os.getppid())

if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=work, args=(q, 2))
    p.start()
    print('got', q.get())
    print('got', q.get())
    p.join()
    print('end', p.name, p.exitcode)
