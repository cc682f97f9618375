# hex, oct, bin, and formatting in bases
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(format(255, 'x'), format(255, '#X'), format(10, '08b'), f'{255:#o}', f'{3735928559:_x}')
