# class attributes vs instance attributes, shadowing and shared mutables
class C:
    shared = []
    n = 0
    def __init__(self): self.own = []
a, b = C(), C()
a.shared.append(1); a.own.append(1)
a.n = 5
print(b.shared, b.own, a.n, b.n, C.n, 'n' in vars(a), 'n' in vars(b), sorted(vars(a)))
C.n = 9; print(a.n, b.n)
