# tutorial: two processes dance and sing; pids replaced by a comparison, second starts after the first ends
import multiprocessing
import os
def dance(n, main_pid):
    for i in range(n):
        print(f'dancing  pid!=main: {os.getpid() != main_pid}')
def song(m, main_pid):
    for i in range(m):
        print(f'song  pid!=main: {os.getpid() != main_pid}')
if __name__ == '__main__':
    main_pid = os.getpid()
    print('主进程 started')
    p1 = multiprocessing.Process(target=dance, args=(2, main_pid))
    p2 = multiprocessing.Process(target=song, args=(3, main_pid))
    p1.start(); p1.join()
    p2.start()
