# strip, lstrip, rstrip, removeprefix, removesuffix
print(repr('  hi  '.strip()), repr('xxhixx'.strip('x')), repr('  hi'.lstrip()), repr('hi\n'.rstrip()))
print('www.example.com'.strip('cmow.'), 'TestCase'.removeprefix('Test'), 'file.py'.removesuffix('.py'), 'abc'.removeprefix('z'))
