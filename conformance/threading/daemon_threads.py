# daemon flag default and inheritance; daemon thread does not block exit
import threading
print(threading.Thread().daemon)
forever = threading.Event()
started = threading.Event()
def background():
    inner = threading.Thread(target=forever.wait)
    print('inner inherits daemon:', inner.daemon)
    started.set()
    forever.wait()
t = threading.Thread(target=background, daemon=True)
t.start(); started.wait()
print('daemon:', t.daemon, 'alive:', t.is_alive())
print('main exits without waiting')
