# Thread repr shows name and state (ident normalised away by printing state only)
import threading
ev = threading.Event()
t = threading.Thread(target=ev.wait, name='reprme')
print(repr(t))
t.start()
print(repr(t).split(' ')[1], 'started' in repr(t))
ev.set(); t.join()
print(repr(t).split(',')[0], 'stopped' in repr(t))
