import sys
import threading
sys.setswitchinterval(1000)
print(sys.getswitchinterval())
counter = 0
def one():
    return 1
def work(n):
    global counter
    for i in range(n):
        counter += one()
ts = [threading.Thread(target=work, args=(20000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
