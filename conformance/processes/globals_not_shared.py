# each child changes its own copy of a global; the parent's stays unchanged
import multiprocessing
counter = 0
items = ['original']
def change(n):
    global counter
    counter += n
    items.append(f'child{n}')
    print(f'child {n}: counter={counter} items={items}')
if __name__ == '__main__':
    for n in (1, 10):
        p = multiprocessing.Process(target=change, args=(n,))
        p.start(); p.join()
    print(f'parent: counter={counter} items={items}')
