# str.split / rsplit / splitlines / join
s = ' a  b c '
print(s.split(), s.split(' '), 'a,b,,c'.split(','), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1))
print('l1\nl2\r\nl3'.splitlines(), 'x\ny\n'.splitlines(True), '-'.join(['x', 'y', 'z']), ''.join(map(str, range(5))))
print('a b'.partition(' '), 'abc'.partition('z'), 'a.b.c'.rpartition('.'))
