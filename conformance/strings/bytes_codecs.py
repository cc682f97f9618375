# bytes/str codecs (utf-8, ascii, latin-1, errors=) and bytearray's mutating methods
s = 'héllo €'
u = s.encode()
print(u, s.encode('utf-8'), s.encode('utf8'), s.encode('UTF-8'), len(u))
print(u.decode(), u.decode('utf-8'), str(u, 'utf-8'), bytes(s, encoding='utf-8'))
print('abc'.encode('ascii'), 'é'.encode('latin-1'), 'é'.encode('latin1'), b'\xe9'.decode('latin-1'))
for enc, errs in [('ascii', 'strict'), ('ascii', 'ignore'), ('ascii', 'replace'), ('ascii', 'backslashreplace'), ('ascii', 'xmlcharrefreplace'), ('latin-1', 'replace')]:
    try:
        print(enc, errs, s.encode(enc, errs))
    except UnicodeEncodeError as e:
        print(enc, errs, 'UnicodeEncodeError:', e)
for data, enc, errs in [(b'ab\xffcd', 'utf-8', 'strict'), (b'ab\xffcd', 'utf-8', 'ignore'), (b'ab\xffcd', 'utf-8', 'replace'),
                        (b'ab\xffcd', 'utf-8', 'backslashreplace'), (b'ab\x80', 'ascii', 'strict'), (b'ab\x80', 'ascii', 'replace'),
                        (b'\xe2\x82', 'utf-8', 'strict'), (b'\xe2\x82', 'utf-8', 'replace')]:
    try:
        print(enc, errs, data.decode(enc, errs))
    except UnicodeDecodeError as e:
        print(enc, errs, 'UnicodeDecodeError:', e)
print(b'abc'.decode(errors='ignore'), 'x'.encode(encoding='ascii'))
try:
    'x'.encode('nope')
except LookupError as e:
    print('LookupError:', e)
print(isinstance(UnicodeDecodeError('utf-8', b'', 0, 1, 'r'), ValueError))

ba = bytearray(b'abc')
print(ba, bytearray(), bytearray(3), bytearray([1, 2]), bytearray('hé', 'utf-8'))
ba.append(100)
ba.extend(b'ef')
ba.extend([103, 104])
print(ba, len(ba), ba[0], ba[-1], ba[1:3])
print(ba.pop(), ba.pop(0), ba)
ba[0] = 66
ba[1:3] = b'XYZ'
print(ba)
del ba[0]
print(ba, ba.decode(), bytes(ba), ba == b'XYZef', b'XYZef' == ba)
ba.insert(0, 33)
ba.remove(90)
ba.reverse()
print(ba, ba.upper(), ba.find(b'e'), b'Y' in ba, ba + b'!', type(ba + b'!').__name__, type(b'!' + ba).__name__)
ba += b'++'
print(ba, ba * 2, ba.hex(), bytearray.fromhex('4142'))
c = ba.copy()
c.clear()
print(c, ba, ba.count(b'+'), ba.split(b'+'), list(ba)[:3])
try:
    ba.append(256)
except ValueError as e:
    print('ValueError:', e)
try:
    bytearray().pop()
except IndexError as e:
    print('IndexError:', e)
try:
    hash(ba)
except TypeError as e:
    print('TypeError:', e)
print(isinstance(ba, bytes), isinstance(ba, bytearray), repr(bytearray(b"'")))
