# common TypeError messages for operators
for f in [lambda: 1 + 'a', lambda: 'a' - 1, lambda: [1] * 'x', lambda: None + 1, lambda: 1 < 'a', lambda: {} + {}, lambda: -'x', lambda: 2 ** 'x', lambda: 'a' * 1.5]:
    try:
        f()
    except TypeError as e:
        print(e)
