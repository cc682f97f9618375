# container repr uses element __repr__
class Item:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'Item<{self.n}>'
    def __str__(self): return f'#{self.n}'
items = [Item(1), Item(2)]
print(items, str(items), {'k': Item(3)}, (Item(4),), *items)
