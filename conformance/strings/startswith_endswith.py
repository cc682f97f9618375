# startswith/endswith with tuples and ranges
s = 'concurrency.py'
print(s.startswith('con'), s.startswith(('x', 'c')), s.endswith('.py'), s.endswith(('.js', '.ts')), s.startswith('cur', 3), s.endswith('rr', 0, 6))
