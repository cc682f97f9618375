# input() and sys.stdin.readline() from the main thread, a started thread and a
# child process (whose stdin is os.devnull, as multiprocessing's _bootstrap
# makes it), with the program's stdin a pipe: input_lines.stdin.
import multiprocessing
import sys
import threading

ready = threading.Event()


def ticker():
    ready.wait()
    for i in range(3):
        print('tick', i)


def reader(out):
    out.append(input('thread> '))


def child():
    try:
        input('child> ')
    except EOFError as e:
        print('child:', type(e).__name__, e)
    print('child readline:', repr(sys.stdin.readline()))


if __name__ == '__main__':
    t = threading.Thread(target=ticker)
    t.start()
    ready.set()
    name = input('name? ')
    t.join()
    print('hello', name)
    got = []
    r = threading.Thread(target=reader, args=(got,))
    r.start()
    r.join()
    print('thread got', got)
    p = multiprocessing.Process(target=child)
    p.start()
    p.join()
    print('child exit', p.exitcode)
    print('readline', repr(sys.stdin.readline()))
    print('no prompt', repr(input()))
    print('last, no newline', repr(input('> ')))
    print('readline at EOF', repr(sys.stdin.readline()))
    try:
        input('more? ')
    except EOFError as e:
        print(type(e).__name__, e)
