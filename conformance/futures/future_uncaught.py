# result() of a failed future raises in the caller with a traceback
from concurrent.futures import ThreadPoolExecutor
def divide(a, b):
    return a / b
with ThreadPoolExecutor(1) as ex:
    print(ex.submit(divide, 1, 0).result())
