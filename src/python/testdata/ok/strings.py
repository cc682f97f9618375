'single'
# ---
"double"
# ---
'''triple
quoted'''
# ---
"""doc"""
# ---
'a' 'b' "c"
# ---
'esc\n\t\\\'\"\x41\101\u00e9\U0001F600\a\b\f\v\r'
# ---
r'raw\n' R"raw\d"
# ---
b'bytes\x00\xff'
# ---
rb'\d' Br'x' bR"y"
# ---
u'unicode'
# ---
'line \
continued'
# ---
x = ('implicit'
     'concat')
# ---
"""a
b""" 'c'
# ---
'unknown \d escape'
