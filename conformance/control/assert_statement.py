# assert passes silently, failing assert raises AssertionError with message
assert 1 + 1 == 2
try:
    assert 1 > 2, 'one is not bigger'
except AssertionError as e:
    print('AssertionError:', e)
try:
    assert []
except AssertionError as e:
    print('empty message:', repr(str(e)))
