# One interpreter, one builtins dict (CPython 3.12): a name stored in builtins by
# one thread is visible to every other, by bare name and as builtins.NAME. spin()
# reads ready and answer as builtins through LOAD_GLOBAL's cached slots while the
# thread, on its own worker, stores them: a per-worker builtins dict, or a cache
# not invalidated by the heap's version word, would spin forever.
import builtins, threading, time

builtins.ready = False
builtins.answer = 0


def setter():
    time.sleep(0.02)
    builtins.answer = 42
    builtins.ready = True


def spin():
    n = 0
    while not ready:
        n += 1
    return answer


t = threading.Thread(target=setter)
t.start()
print(spin())
t.join()

builtins.from_main = 'hello'
seen = []


def reader():
    import builtins as b
    seen.append(from_main)
    seen.append(b.from_main)
    seen.append(hasattr(b, 'ready'))
    seen.append(len('abc'))
    b.from_thread = [1, 2]
    del b.ready


t = threading.Thread(target=reader)
t.start()
t.join()
print(seen)
print(from_thread, builtins.from_thread, hasattr(builtins, 'ready'))
try:
    ready
except NameError as e:
    print('NameError:', e)
