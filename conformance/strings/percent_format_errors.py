# % formatting errors
for fmt, args in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b'))]:
    try:
        print(fmt % args)
    except TypeError as e:
        print('TypeError:', e)
