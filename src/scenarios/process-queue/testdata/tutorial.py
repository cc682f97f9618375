import os
import multiprocessing
import time

def produce(x):
    for i in range(10):
        time.sleep(0.5)
        print(f'生产了++++++++++pid {os.getpid()}  {i}')
        x.put(f'pid {os.getpid()} {i}')
        
def consumer(x):
    for i in range(10):
        time.sleep(0.5)
        print(f'消费了---------- {x.get()}')

if __name__ == '__main__':
    q=multiprocessing.Queue()
    p1=multiprocessing.Process(target=produce,args=(q,))
    c2=multiprocessing.Process(target=consumer ,args=(q,))
    p1.start()
    c2.start()
