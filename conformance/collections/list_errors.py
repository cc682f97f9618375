# list error messages
a = [1, 2, 3]
for action in [lambda: a[10], lambda: a.remove(9), lambda: a.index(9), lambda: [].pop(), lambda: a.pop(7), lambda: a['x']]:
    try:
        action()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
