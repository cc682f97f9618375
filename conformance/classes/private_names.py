# name mangling of __private attributes
class A:
    def __init__(self): self.__secret = 1; self._hint = 2
class B(A):
    def peek(self):
        try:
            return self.__secret
        except AttributeError as e:
            return str(e)
b = B()
print(b._A__secret, b._hint, b.peek(), sorted(vars(b)))
