# str.format with positional, keyword, index and attribute fields
print('{} and {}'.format('a', 'b'), '{1} {0} {1}'.format('x', 'y'), '{name}={val:.1f}'.format(name='pi', val=3.14159))
print('{0[1]} {1[k]} {2.real}'.format([7, 8], {'k': 'v'}, 3 + 4j), '{{literal}}'.format(), '{:>6}|{:<4}|'.format('ab', 'c'))
print('{!r}'.format('q'), format('abc', '^7'), '{:,}'.format(10 ** 9))
