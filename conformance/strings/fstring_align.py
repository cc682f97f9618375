# f-string alignment and fill specs
name, n = 'Ada', 42
print(f'[{name:>10}] [{name:<10}] [{name:^10}] [{name:*^9}] [{n:>6}] [{n:<6}] [{n:06}]')
w = 8
print(f'[{name:>{w}}] [{n:{w}.2f}] [{"x":-<{w}}]')
