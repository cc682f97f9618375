# print with sep, end, multiple args, and file=sys.stderr
import sys
print('a', 'b', 'c', sep='-')
print('no newline', end='')
print(' continued')
print('x', 'y', sep='', end='!\n')
print('to stderr', file=sys.stderr)
print(*range(5), sep=', ')
print()
print('warning:', 42, file=sys.stderr, sep=' | ')
sys.stdout.write('written directly\n')
