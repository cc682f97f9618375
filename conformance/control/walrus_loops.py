# walrus operator in while and comprehensions
data = [3, 8, 1, 9, 4]
it = iter(data)
while (x := next(it, None)) is not None:
    if x > 5:
        print('big', x)
print([y for v in data if (y := v * 2) > 6], y)
import re
if m := re.match(r'(\d+)-(\d+)', '12-34'):
    print(m.groups())
