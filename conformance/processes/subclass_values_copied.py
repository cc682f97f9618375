# instances of int/str subclasses cross to a child process and a thread as themselves: class, value and attributes (pickling copies)
import multiprocessing as mp
import threading
import copy

class Age(int):
    pass

class Name(str):
    def shout(self):
        return self.upper() + '!'

def child(q, a, n):
    q.put((type(a).__name__, a + 1, a.unit, type(n).__name__, n.shout()))
    q.put(Age(7))

if __name__ == '__main__':
    a = Age(41)
    a.unit = 'years'
    n = Name('ada')
    q = mp.Queue()
    p = mp.Process(target=child, args=(q, a, n))
    p.start()
    print(q.get())
    back = q.get()
    print(back, type(back).__name__, back == 7)
    p.join()
    seen = []
    t = threading.Thread(target=lambda: seen.append((type(a).__name__, a.unit, n.shout())))
    t.start()
    t.join()
    print(seen)
    c = copy.copy(a)
    print(c, type(c).__name__, c.unit, copy.deepcopy(n), type(copy.deepcopy(n)).__name__)
