import multiprocessing, os, sys, threading, time
n = 0
def f(x, tag):
    global n
    n += x
    print('child', tag, n, os.getpid() != os.getppid(), multiprocessing.current_process().name)
def leave(code):
    time.sleep(0.2)
    sys.exit(code)
def with_threads():
    # The child's own threads share the child's globals, not the parent's.
    global n
    def add():
        global n
        n += 1
    ts = [threading.Thread(target=add) for i in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print('child threads', n, threading.current_thread().name, threading.active_count())
if __name__ == '__main__':
    print('main', multiprocessing.current_process().name)
    p = multiprocessing.Process(target=f, args=(5, 'a'))
    print(p.is_alive(), p.exitcode)
    p.start()
    p.join()
    print('joined', p.is_alive(), p.exitcode, n, p.pid != os.getpid())
    q = multiprocessing.Process(target=leave, args=(3,), name='leaver')
    q.start()
    print('alive', q.is_alive(), q.name)
    q.join(0.01)
    print('after timeout', q.exitcode)
    q.join()
    print('exit', q.exitcode)
    n = 100
    r = multiprocessing.Process(target=with_threads)
    r.start()
    r.join()
    print('main n', n, r.exitcode, len({p.pid, q.pid, r.pid, os.getpid()}))
