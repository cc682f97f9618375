# encode and decode basics and errors
s = '线程 café'
b = s.encode('utf-8')
print(b, len(b), b.decode('utf-8'), s.encode('latin-1', errors='replace'), s.encode('ascii', 'ignore'), s.encode('ascii', 'xmlcharrefreplace'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
print(b'\xe7\xba\xbf'.decode(), bytes([72, 105]), bytearray(b'ab') + b'c', b'abc'.hex(), bytes.fromhex('4142'))
