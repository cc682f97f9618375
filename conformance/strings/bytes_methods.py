# bytes: construction, repr quoting, indexing, slicing, operators and methods
print(bytes(3), bytes([65, 66, 67]), bytes('héllo', 'utf-8'), bytes(), bytes(b'ab'))
print(b'\x00a\'', b'"', b'\'"', b'\\', b'\n\t\r\x7f\x80\xff', b"it's")
print(repr(b'abc'), str(b'x'))
b = b'hello world'
print(len(b), b[0], b[-1], b[1:5], b[::-1], b[::2], type(b[0]).__name__)
print(b + b'!', b * 2, 3 * b'ab', b'' * 5)
print(b'wor' in b, 111 in b, b'xyz' in b, 300 in b'a' if False else None)
print(b'abc' == b'abc', b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'a' == 'a')
print(list(b'abc'), [x for x in b'hi'])
print(b.upper(), b.lower(), b'Hello'.swapcase(), b'hello'.capitalize(), b'hello world'.title())
print(b.split(), b.split(b'o'), b'a,b,,c'.split(b',', 1), b'  x  y '.split(), b'a b c'.rsplit(None, 1))
print(b'-'.join([b'a', b'b', b'c']), b''.join([]), b', '.join((b'x', bytearray(b'y'))))
print(b'  hi  '.strip(), b'xxhixx'.strip(b'x'), b'  hi'.lstrip(), b'hi  '.rstrip(), b'abcba'.strip(b'ab'))
print(b.startswith(b'hell'), b.endswith(b'world'), b.startswith((b'x', b'h')), b.endswith(b'o', 0, 5))
print(b.find(b'o'), b.find(b'o', 5), b.find(b'z'), b.rfind(b'o'), b.find(111), b.index(b'w'), b.rindex(b'l'))
try:
    b.index(b'z')
except ValueError as e:
    print('ValueError:', e)
print(b.count(b'l'), b.count(b'o', 5), b.count(108), b.replace(b'l', b'L'), b.replace(b'l', b'', 2))
print(b'abc'.hex(), b'\x00\xff'.hex(), b'abc'.hex(':'), bytes.fromhex('de ad be ef'), bytes.fromhex('00ff'))
print(b'abc'.isalpha(), b'123'.isdigit(), b'a1'.isalnum(), b'  '.isspace(), b'ABC'.isupper(), b'abc'.islower())
print(b'42'.zfill(5), b'ab'.center(6, b'*'), b'ab'.ljust(4), b'ab'.rjust(4, b'-'))
print(b'a\tb'.expandtabs(4), b'line1\nline2\r\n'.splitlines(), b'k=v'.partition(b'='), b'a.b.c'.rpartition(b'.'))
print(b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'c'))
print(hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'], sorted([b'b', b'a', b'c']))
print(int.from_bytes(b'\x01\x00', 'big'), (256).to_bytes(2, 'little'))
try:
    b[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    b[20]
except IndexError as e:
    print('IndexError:', e)
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    bytes([256])
except ValueError as e:
    print('ValueError:', e)
try:
    bytes('x')
except TypeError as e:
    print('TypeError:', e)
print(isinstance(b, bytes), type(b).__name__, bool(b''), bool(b'\x00'))
print(max(b'abc'), min(b'abc'), sum(b'\x01\x02'), b'abc'[1:2] == b'b')
