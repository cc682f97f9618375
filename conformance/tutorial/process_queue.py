# tutorial: producer and consumer processes over multiprocessing.Queue (3 items; consumer output order is FIFO)
import multiprocessing
import time
def produce(x):
    for i in range(3):
        x.put(f'item {i}')
def consumer(x):
    for i in range(3):
        print(f'消费了---------- {x.get()}')
if __name__ == '__main__':
    q = multiprocessing.Queue()
    p1 = multiprocessing.Process(target=produce, args=(q,))
    c2 = multiprocessing.Process(target=consumer, args=(q,))
    p1.start()
    c2.start()
    p1.join(); c2.join()
    print('done')
