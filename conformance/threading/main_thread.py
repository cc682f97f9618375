# MainThread name, main_thread(), current_thread() in main and worker
import threading
print(threading.current_thread().name, threading.main_thread().name, threading.current_thread() is threading.main_thread())
def worker():
    print('in worker:', threading.current_thread().name, threading.current_thread() is threading.main_thread(), threading.main_thread().name)
t = threading.Thread(target=worker, name='helper')
t.start(); t.join()
print(threading.main_thread().is_alive(), threading.current_thread().daemon)
