# rich comparisons __lt__ etc. and sorting custom objects
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'V({self.v})'
print(sorted([V(3), V(1), V(2)]), V(1) < V(2), V(2) > V(1), max([V(5), V(9)]))
try:
    V(1) <= V(2)
except TypeError as e:
    print(e)
