# Future.exception and result re-raising the worker's exception
from concurrent.futures import ThreadPoolExecutor
def fail(x):
    raise ValueError(f'bad {x}')
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(fail, 7)
    print(repr(f.exception()))
    try:
        f.result()
    except ValueError as e:
        print('re-raised:', e)
