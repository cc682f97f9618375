# ZeroDivisionError messages
for expr in ['1 / 0', '1 // 0', '1 % 0', '1.0 / 0', '1.0 // 0.0', 'divmod(1, 0)', '0 ** -1', 'pow(2, -1, 1) + 1 % 0']:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, '->', e)
