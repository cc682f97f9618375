# center, ljust, rjust, zfill, expandtabs
print('[' + 'hi'.center(9, '*') + ']', '[' + 'hi'.ljust(5) + ']', '[' + 'hi'.rjust(5, '.') + ']', '42'.zfill(5), '-42'.zfill(5))
print(repr('a\tbc\td'.expandtabs(4)), repr('hi'.center(4)))
