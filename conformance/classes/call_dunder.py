# __call__ makes instances callable
class Multiplier:
    def __init__(self, k): self.k = k
    def __call__(self, x): return x * self.k
double = Multiplier(2)
print(double(21), callable(double), list(map(double, [1, 2])))
