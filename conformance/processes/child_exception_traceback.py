# an uncaught exception in a child prints 'Process Process-1:' and a traceback to stderr
import multiprocessing
def bad():
    raise ValueError('oops in child')
if __name__ == '__main__':
    p = multiprocessing.Process(target=bad)
    p.start(); p.join()
    print('parent continues, exitcode', p.exitcode)
