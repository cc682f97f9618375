# strings are immutable; common str TypeErrors
s = 'abc'
try:
    s[0] = 'z'
except TypeError as e:
    print(e)
try:
    'a' + 1
except TypeError as e:
    print(e)
try:
    'abc'[5]
except IndexError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
