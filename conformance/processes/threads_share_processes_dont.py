# a thread changes the global for everyone; a process only for itself
import multiprocessing, threading
value = 'start'
def set_value(v):
    global value
    value = v
if __name__ == '__main__':
    p = multiprocessing.Process(target=set_value, args=('from process',))
    p.start(); p.join()
    print('after process:', value)
    t = threading.Thread(target=set_value, args=('from thread',))
    t.start(); t.join()
    print('after thread:', value)
