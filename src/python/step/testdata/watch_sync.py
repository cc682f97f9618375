# Every kind of object the watch panel shows, at one moment (the MARK line):
# a worker thread holds an RLock twice and an attribute's Lock, has put three
# items in a Queue(5), and waits on an Event; another waits on a Condition.
import threading
import queue

lock = threading.Lock()
rlock = threading.RLock()
cond = threading.Condition()
plain = threading.Condition(threading.Lock())
sem = threading.Semaphore(2)
bsem = threading.BoundedSemaphore(3)
ready = threading.Event()
go = threading.Event()
q = queue.Queue(5)
lifo = queue.LifoQueue()


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()


account = Account(100)
accounts = [Account(1), account]


def work(n):
    with rlock:
        with rlock:
            with account.lock:
                sem.acquire()
                for i in range(n):
                    q.put(i * 10)
                lifo.put('a')
                ready.set()
                go.wait()


def sleeper():
    with cond:
        cond.wait()


t = threading.Thread(target=work, args=(3,), name='worker')
idle = threading.Thread(target=work, args=(0,))
quick = threading.Thread(target=len, args=('ab',))
c = threading.Thread(target=sleeper, name='sleeper', daemon=True)
c.start()
t.start()
ready.wait()
quick.start()
quick.join()
while not cond._waiters:
    ready.wait(0.01)
lock.acquire()
done = True  # MARK
go.set()
t.join()
