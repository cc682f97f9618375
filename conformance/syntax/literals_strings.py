# string literal forms: quotes, triple quotes, raw, bytes, concatenation
print('single', "double", '''triple
line''', r'raw\n', b'bytes', 'con' 'cat')
print("tab\there", 'quote\'s', "\x41\u00e9\N{GREEK SMALL LETTER ALPHA}")
