# custom threading.excepthook receives exc_type, exc_value and thread
import threading
def hook(args):
    print('hook:', args.exc_type.__name__, args.exc_value, args.thread.name)
threading.excepthook = hook
def fail():
    {}['missing']
t = threading.Thread(target=fail, name='failing-thread')
t.start(); t.join()
print('done')
