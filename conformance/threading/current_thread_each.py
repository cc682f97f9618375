# each worker reports its own name; joins make the order fixed
import threading
def work(n):
    print(f'{threading.current_thread().name} handles {n}')
for i in range(4):
    t = threading.Thread(target=work, args=(i,))
    t.start()
    t.join()
