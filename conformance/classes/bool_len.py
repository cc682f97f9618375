# truthiness via __bool__ and __len__
class Empty:
    def __len__(self): return 0
class Full:
    def __len__(self): return 3
class Plain: pass
print(bool(Empty()), bool(Full()), bool(Plain()), 'yes' if Full() else 'no', not Empty())
