# releasing an unlocked Lock raises RuntimeError (uncaught traceback)
import threading
lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print('caught:', e)
lock.release()
