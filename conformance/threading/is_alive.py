# is_alive before start, while blocked, and after join
import threading
go = threading.Event()
t = threading.Thread(target=go.wait)
print('before start', t.is_alive())
t.start()
print('running', t.is_alive())
go.set(); t.join()
print('after join', t.is_alive())
