# __init_subclass__ registry and class decorators
registry = []
class Plugin:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        registry.append(cls.__name__)
class A(Plugin): pass
class B(Plugin): pass
def add_hello(cls):
    cls.hello = lambda self: 'hello from ' + type(self).__name__
    return cls
@add_hello
class C: pass
print(registry, C().hello())
