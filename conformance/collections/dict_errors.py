# KeyError repr and dict mutation during iteration
d = {'a': 1}
try:
    d['missing']
except KeyError as e:
    print('KeyError', e, repr(e), e.args)
try:
    d[(1, 'x')]
except KeyError as e:
    print('KeyError', e)
try:
    for k in d:
        d['new'] = 1
except RuntimeError as e:
    print(e)
try:
    {[]: 1}
except TypeError as e:
    print(e)
