# input() at end of stdin raises EOFError (uncaught)
print('reading')
input()
