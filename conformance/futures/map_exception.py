# exception from executor.map surfaces when iterating results
from concurrent.futures import ThreadPoolExecutor
def inv(x):
    return 1 / x
with ThreadPoolExecutor(2) as ex:
    it = ex.map(inv, [1, 2, 0, 4])
    try:
        for r in it:
            print(r)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
