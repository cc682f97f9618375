# bytes edge cases: dict keys, sets, sorting, bytearray slices, f-strings, a bytes subclass, bytes % formatting
d = {b'a': 1, b'b': 2}
d[b'a'] += 10
print(d, b'a' in d, {b'x', b'x', b'y'} == {b'y', b'x'})
print(sorted([b'beta', b'alpha', b'\xff', b''], reverse=True))
ba = bytearray(range(10))
print(ba[2:8:2], ba[-3:], bytes(ba[::3]))
del ba[::2]
print(ba)
ba[::2] = b'\xaa\xbb\xcc'
print(ba)
print(f'{b"hi"}', '%s %r' % (b'x', b'y'), str(b'\x00'), format(b'ab'))
class Tag(bytes):
    def shout(self):
        return self.upper()
t = Tag(b'abc')
print(t, type(t).__name__, t.shout(), t + b'!', t == b'abc', len(t), t[0], isinstance(t, bytes))
print(bytes(b'abc').split(b'b'), b'a b'.split(maxsplit=1), b'abc'.center(7), b'x'.join([b'1', b'2', b'3']))
print(b'hello'.find(b''), b'hello'.count(b''), b''.join(x for x in [b'a', b'b']))
print(list(map(hex, b'\x10\x20')), b'caf\xc3\xa9'.decode('utf-8', 'strict'), 'café'.encode('ascii', errors='replace'))
print(b'%s-%d %5.2f %r %x %c%c %%' % (b'ab', 3, 2.5, b'q', 255, 65, b'z'), bytearray(b'<%s>') % b'x')
try:
    b'%s' % 'str'
except TypeError as e:
    print(e)
