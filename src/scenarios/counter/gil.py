# 4 个线程各做 counter += 1：在 3.12 的 GIL 下一个不少，因为这一行里没有切换点
# 4 threads each do counter += 1: under 3.12's GIL none is lost, because the line has no switch point
import threading

counter = 0
N = 1000

def work():
    global counter
    for _ in range(N):
        counter += 1            # LOAD_GLOBAL, LOAD_CONST, BINARY_OP, STORE_GLOBAL：中间不会切换 · no switch in between

ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
