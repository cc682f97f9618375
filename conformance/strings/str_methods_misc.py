# misc methods: count with ranges, index negative, isnumeric, zfill, format_map
print('aaaa'.count('aa'), 'abcabc'.index('c', 3), '½'.isnumeric(), '½'.isdigit(), '{x}-{y}'.format_map({'x': 1, 'y': 2}))
print('Hello'.ljust(2), 'a-b_c d'.split('-'), 'MiXeD'.lower().capitalize(), 'x'.join('abc'))
