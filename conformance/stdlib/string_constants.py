# string module constants used for simple ciphers
import string
shift = 3
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[shift:] + string.ascii_lowercase[:shift])
print('hello world'.translate(table), string.digits[::-1], len(string.printable))
