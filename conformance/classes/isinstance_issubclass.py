# isinstance/issubclass with tuples and builtins
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(3, (str, int)), issubclass(bool, int), issubclass(B, (int, A)), issubclass(A, object))
print(type(B()) is B, type(B()) == A, isinstance(type, object), isinstance(object, type), type(type))
