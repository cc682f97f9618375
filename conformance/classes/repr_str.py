# __repr__ vs __str__ and defaults
class A: pass
class B:
    def __repr__(self): return 'B()'
class C(B):
    def __str__(self): return 'a C'
print(str(B()), repr(B()), str(C()), repr(C()), [C()], f'{C()} {C()!r}')
print(repr(A()).startswith('<__main__.A object at 0x'))
print(A())
