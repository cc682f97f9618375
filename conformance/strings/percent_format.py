# printf-style % formatting
print('%s is %d years' % ('Bob', 42), '%5.2f|%-6s|%06d' % (3.14159, 'ab', 42), '%x %X %o %e' % (255, 255, 8, 12345.678))
print('%r %%' % 'q', '%(a)s-%(b)03d' % {'a': 'k', 'b': 7}, '%c%c' % (72, 'i'), '%+d % d' % (5, 5), '%.3s' % 'abcdef')
