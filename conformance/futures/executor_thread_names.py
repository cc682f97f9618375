# worker thread names ThreadPoolExecutor-N_M and thread_name_prefix
from concurrent.futures import ThreadPoolExecutor
import threading
def name():
    return threading.current_thread().name
with ThreadPoolExecutor(1) as ex:
    print(ex.submit(name).result())
with ThreadPoolExecutor(1) as ex:
    print(ex.submit(name).result(), ex.submit(name).result())
with ThreadPoolExecutor(1, thread_name_prefix='dl') as ex:
    print(ex.submit(name).result())
