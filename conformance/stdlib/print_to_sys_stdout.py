# print() writes to sys.stdout as the program left it: a writer object, None, sys.stderr
import sys


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append('<flush>')


w = Writer()
sys.stdout = w
print('a', 1, [2], sep='-', end='!\n')
print()
print('flushed', flush=True)
sys.stdout = None
print('nowhere')
sys.stdout = sys.stderr
print('to stderr')
sys.stdout = sys.__stdout__
print(w.parts)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print('direct', file=w)
print(w.parts[-2:])
