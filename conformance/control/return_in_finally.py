# return in finally overrides; finally runs after return in try
def f():
    try:
        return 'try'
    finally:
        print('finally runs')
def g():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(f(), g())
