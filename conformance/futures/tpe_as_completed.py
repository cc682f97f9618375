# as_completed yields futures as they finish; results printed sorted
from concurrent.futures import ThreadPoolExecutor, as_completed
def work(n):
    return n * 3
with ThreadPoolExecutor(4) as ex:
    futs = {ex.submit(work, n): n for n in range(8)}
    res = sorted((futs[f], f.result()) for f in as_completed(futs))
print(res)
