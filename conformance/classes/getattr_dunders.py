# __getattr__, __setattr__, __getattribute__ hooks
class Dyn:
    def __getattr__(self, name): return f'dyn-{name}'
    def __setattr__(self, name, v):
        print('set', name, v)
        super().__setattr__(name, v)
d = Dyn()
d.real = 1
print(d.real, d.missing, getattr(d, 'other'))
