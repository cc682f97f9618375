# submit after shutdown raises RuntimeError
from concurrent.futures import ThreadPoolExecutor
ex = ThreadPoolExecutor(2)
print(ex.submit(len, 'abc').result())
ex.shutdown(wait=True)
try:
    ex.submit(len, 'x')
except RuntimeError as e:
    print('RuntimeError:', e)
