# __eq__ and __hash__ interplay
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and self.x == o.x
class H(P):
    def __hash__(self): return hash(self.x)
print(P(1) == P(1), P(1) != P(2), P(1) == 1, P.__hash__)
try:
    {P(1)}
except TypeError as e:
    print(e)
print(len({H(1), H(1), H(2)}), H(3) in {H(3)})
