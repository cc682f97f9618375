# Four threads write one list, one dict, one set and one object's attributes at the
# same time. Free-threaded CPython (3.13t) keeps each of them whole with per-object
# locks, so the result is the one CPython 3.12 prints with its GIL.
import threading

N = 2000
items = []
table = {}
seen = set()
ready = []


class Box:
    pass


box = Box()


def work(tag):
    # A pure-Python barrier: every worker has started before any writes.
    ready.append(tag)
    while len(ready) < 4:
        pass
    for i in range(N):
        items.append((tag, i))
        table[tag * N + i] = i
        seen.add((i, tag))
        setattr(box, f"a{tag}_{i % 50}", i)


ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(items), len(set(items)), len(table), len(seen), len(vars(box)))
for k in range(4):
    print(k, [i for tag, i in items if tag == k] == list(range(N)))
print(sum(table.values()) == 4 * (N * (N - 1) // 2))
