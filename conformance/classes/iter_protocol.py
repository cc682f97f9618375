# custom iterator class with __iter__ and __next__
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), sum(Countdown(3)))
class Evens:
    def __init__(self, lim): self.lim = lim
    def __iter__(self): yield from range(0, self.lim, 2)
e = Evens(7); print(list(e), list(e))
