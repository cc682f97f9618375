# child exit codes: normal, sys.exit(n), uncaught exception, negative for signals
import multiprocessing, sys, os, signal
def ok(): pass
def exits(): sys.exit(7)
def raises(): raise RuntimeError('child failed')
def killed(): os.kill(os.getpid(), signal.SIGTERM)
if __name__ == '__main__':
    for f in (ok, exits, raises, killed):
        p = multiprocessing.Process(target=f)
        p.start(); p.join()
        print(f.__name__, p.exitcode)
