# bytes operations and repr
b = b'hello world'
print(b[0], b[:5], b.upper(), b.split(), b.replace(b'o', b'0'), b'%d-%s' % (5, b'x'), list(b'AB'), bytes(3))
print(repr(b'\x00\n\'"'), b'a' * 3, b'abc' < b'abd', bytes(range(65, 70)))
