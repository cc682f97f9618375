# __enter__/__exit__ ordering and exception suppression
class CM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self): print('enter', self.name); return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('b', True):
    raise ValueError('boom')
print('after suppressed')
with CM('outer'), CM('inner'):
    print('nested body')
