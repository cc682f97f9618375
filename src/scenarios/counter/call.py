# 循环体里调用一个函数：counter += one() 在 CALL 之后可以切换，GIL 也挡不住丢失的更新
# The loop body calls a function: counter += one() may switch after its CALL, and the GIL no longer prevents lost updates
import threading

counter = 0
N = 1000

def one():
    return 1

def work():
    global counter
    for _ in range(N):
        counter += one()        # LOAD_GLOBAL counter … CALL one（切换点 · a switch point）… STORE_GLOBAL

ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
