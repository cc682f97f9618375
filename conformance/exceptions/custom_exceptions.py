# custom exception hierarchy with extra fields
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f'{what} not found')
        self.what = what
try:
    raise NotFound('user 42')
except AppError as e:
    print(type(e).__name__, e, e.what, e.args, isinstance(e, Exception))
class WithStr(Exception):
    def __str__(self): return 'custom str'
print(str(WithStr()), repr(WithStr(1, 2)), repr(AppError()), str(AppError('a', 'b')))
