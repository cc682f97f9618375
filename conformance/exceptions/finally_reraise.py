# finally runs before an uncaught exception propagates
def work():
    try:
        print('working')
        raise OSError(2, 'No such file or directory')
    finally:
        print('cleanup in finally')
work()
