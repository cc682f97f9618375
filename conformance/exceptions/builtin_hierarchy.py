# builtin exception hierarchy checks and messages
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(RecursionError, RuntimeError), issubclass(UnboundLocalError, NameError), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(FileNotFoundError, OSError), issubclass(ModuleNotFoundError, ImportError), issubclass(BrokenPipeError, ConnectionError))
print(repr(ValueError('x')), repr(KeyError('k')), str(KeyError('k')), str(KeyError()), repr(OSError(2, 'nf')), TimeoutError.__mro__[1].__name__)
