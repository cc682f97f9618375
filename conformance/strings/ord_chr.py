# ord and chr across ASCII and Unicode
print(ord('A'), ord('a'), ord('é'), ord('线'), ord('🐍'), chr(65), chr(0x7ebf), chr(128013), chr(10))
print([chr(c) for c in range(ord('a'), ord('f'))])
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    ord('ab')
except TypeError as e:
    print(e)
