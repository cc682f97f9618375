# uncaught ExceptionGroup traceback rendering
def fail():
    raise ExceptionGroup('batch failed', [ValueError('bad value'), KeyError('missing')])
fail()
