# contextlib.contextmanager ordering and exception handling
from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('div') as t:
    print('inside', t)
    with tag('span'):
        print('deep')
try:
    with tag('err'):
        raise KeyError('k')
except KeyError as e:
    print('caught', e)
