# ident and native_id are None before start and distinct after
import threading
t = threading.Thread(target=lambda: None)
print(t.ident, t.native_id)
t.start(); t.join()
print(isinstance(t.ident, int), t.ident != threading.get_ident(), threading.main_thread().ident == threading.get_ident())
print(isinstance(threading.get_native_id(), int), threading.TIMEOUT_MAX > 0)
