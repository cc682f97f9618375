# regular expressions: search, findall, sub, groups, split
import re
s = 'Order 66 shipped 2024-05-17; order 7 pending'
print(re.findall(r'\d+', s), re.search(r'(\d{4})-(\d\d)-(\d\d)', s).groups(), re.sub(r'\d', '#', 'a1b22'))
print(re.split(r'[;,]\s*', 'a, b;c'), re.match(r'order', s, re.I).group(), bool(re.fullmatch(r'\w+', 'abc')))
m = re.search(r'(?P<word>[a-z]+) (?P<num>\d+)', s)
print(m.group('word'), m.groupdict(), m.span())
