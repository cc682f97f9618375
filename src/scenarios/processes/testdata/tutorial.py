import multiprocessing
import os
def dance(n):
    for i in range(n):
        print(f'dancing  pid={os.getpid()}')
def song(m):
    for i in range(m):
        print(f'song  pid={os.getpid()}')
if __name__ == '__main__':
    print(f'主进程ID{os.getpid()}')
    # 创建了两个进程
    # target 用来表示执行的任务 args 有来传参 ，类型是一个元组
    p1=multiprocessing.Process(target=dance,args=(20,))
    p2=multiprocessing.Process(target=song,args=(50,))
    p1.start()
    p2.start()
