# sorting mixed types fails
try:
    sorted([1, 'a'])
except TypeError as e:
    print(e)
try:
    [3, None].sort()
except TypeError as e:
    print(e)
