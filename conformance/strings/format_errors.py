# format spec errors
for spec, v in [('d', 1.5), ('.2f', 'x'), ('z', 3)]:
    try:
        format(v, spec)
    except ValueError as e:
        print(e)
try:
    '{} {}'.format(1)
except IndexError as e:
    print('IndexError', e)
try:
    '{x}'.format(y=1)
except KeyError as e:
    print('KeyError', e)
