# ThreadPoolExecutor.submit and Future.result
from concurrent.futures import ThreadPoolExecutor
def square(x):
    return x * x
with ThreadPoolExecutor(max_workers=2) as ex:
    futs = [ex.submit(square, i) for i in range(5)]
    print([f.result() for f in futs])
    print(all(f.done() for f in futs))
