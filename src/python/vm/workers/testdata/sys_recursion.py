# sys.setrecursionlimit is the interpreter's (CPython 3.12): a limit a thread
# sets is the one every thread reads and the one recursion hits.
import sys, threading

print(sys.getrecursionlimit())
got = []


def setter():
    sys.setrecursionlimit(150)
    got.append(sys.getrecursionlimit())


t = threading.Thread(target=setter)
t.start()
t.join()
print(got, sys.getrecursionlimit())


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


try:
    deep(400)
    print('no error')
except RecursionError as e:
    print('RecursionError:', e)


def reader():
    got.append(sys.getrecursionlimit())
    sys.setrecursionlimit(5000)


t = threading.Thread(target=reader)
t.start()
t.join()
print(got, sys.getrecursionlimit(), deep(400))
