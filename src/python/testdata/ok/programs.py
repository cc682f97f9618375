import threading

counter = 0
lock = threading.Lock()


def worker(n):
    """Adds n to the shared counter, one locked step at a time."""
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=worker, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"counter = {counter}")
# ---
import threading
import time

tickets = 10

def sell(name):
    global tickets
    while True:
        if tickets <= 0:
            break
        time.sleep(0.001)  # widen the race
        tickets -= 1
        print(name, "sold one;", tickets, "left")

sellers = [threading.Thread(target=sell, args=(f"seller-{i}",)) for i in range(3)]
for s in sellers: s.start()
for s in sellers: s.join()
# ---
from queue import Queue
from threading import Thread, Event

q: Queue[int] = Queue(maxsize=5)
stop = Event()

def producer():
    for i in range(20):
        q.put(i)
    q.put(None)

def consumer():
    while (item := q.get()) is not None:
        print('got', item)
        q.task_done()

Thread(target=producer).start()
Thread(target=consumer, daemon=True).start()
# ---
from concurrent.futures import ThreadPoolExecutor, as_completed

def square(x: int) -> int:
    return x * x

with ThreadPoolExecutor(max_workers=4) as pool:
    futures = {pool.submit(square, n): n for n in range(10)}
    for fut in as_completed(futures):
        n = futures[fut]
        try:
            print(n, fut.result())
        except Exception as exc:
            print(f'{n!r} raised {exc}')
        else:
            pass
        finally:
            pass
# ---
class BankAccount:
    def __init__(self, balance=0):
        self.balance = balance
        self._lock = threading.RLock()

    def deposit(self, amount):
        with self._lock:
            self.balance += amount

    def transfer(self, other: "BankAccount", amount):
        first, second = sorted([self, other], key=id)
        with first._lock, second._lock:
            if self.balance < amount:
                raise ValueError(f"insufficient funds: {self.balance:.2f} < {amount:.2f}")
            self.balance -= amount
            other.balance += amount
# ---
def philosophers(n=5):
    forks = [threading.Lock() for _ in range(n)]
    def dine(i):
        left, right = forks[i], forks[(i + 1) % n]
        if i == n - 1:
            left, right = right, left
        with left:
            with right:
                print(f"philosopher {i} eats")
    return [threading.Thread(target=dine, args=(i,)) for i in range(n)]
# ---
import multiprocessing as mp

def work(q, *, scale=2, **extra):
    q.put([x * scale for x in range(3)])

if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=work, args=(q,), kwargs={'scale': 3})
    p.start(); p.join()
    print(q.get())
