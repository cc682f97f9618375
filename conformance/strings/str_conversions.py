# str() and repr() of various built-in values
print(str(1), str(1.0), str(None), str(True), str([1, 'a']), str({'k': 'v'}), str((1,)), str(b'x'), str(3 + 0j))
print(repr([1, 'a', None]), repr({'a': [1.5]}), repr(('x',)), repr(set()), repr(frozenset({1})), repr(range(3)), repr(slice(1, 2)))
