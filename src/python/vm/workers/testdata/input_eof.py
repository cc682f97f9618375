# An uncaught EOFError at the end of stdin (input_eof.stdin): the prompt is
# written first, then CPython's traceback, status 1.
while True:
    line = input('> ')
    print('echo', line.upper())
