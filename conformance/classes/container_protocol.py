# __len__, __getitem__, __contains__, __iter__, __setitem__, __delitem__
class Bag:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __contains__(self, x): print('contains?', x); return x in self.items
b = Bag(1, 2, 3)
b[0] = 10; del b[1]
print(len(b), b[0], b[-1], b[0:2], 3 in b, list(b), bool(Bag()), [x for x in b])
