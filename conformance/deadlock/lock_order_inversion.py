# two threads take two locks in opposite order (a Barrier makes the deadlock certain)
import threading
a, b = threading.Lock(), threading.Lock()
bar = threading.Barrier(2)
def one():
    with a:
        bar.wait()
        print('one holds a, wants b')
        with b:
            print('never')
def two():
    with b:
        bar.wait()
        with a:
            print('never')
t1 = threading.Thread(target=one); t2 = threading.Thread(target=two)
t1.start(); t2.start()
