# replace, find, rfind, index, count
s = 'banana'
print(s.replace('a', 'o'), s.replace('a', 'o', 2), s.find('an'), s.rfind('an'), s.find('x'), s.index('n'), s.count('a'), s.count('an'))
try:
    s.index('x')
except ValueError as e:
    print(e)
