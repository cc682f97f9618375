# escape sequences in normal and raw strings
print('a\tb', 'c\\d', 'line1\nline2', '\x41\101\u0042\U00000043', r'\n stays', len('\n'), len(r'\n'))
print('col1\rX')
