# f-strings with arbitrary expressions, dicts, calls, nested specs
d = {'a': 1}
items = [1, 2, 3]
print(f'{d["a"]} {len(items)} {items[-1] * 2} {"yes" if items else "no"} {sum(items):03} {[i ** 2 for i in items]}')
print(f'{3.14159:.{2}f}', f'{"multi" + "ple"!r:>12}', f'{{braces}}', f'{10:{"^"}{7}}')
