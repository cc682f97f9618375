# collections.Counter including most_common
from collections import Counter
c = Counter('abracadabra')
print(c, c.most_common(2), c['a'], c['zzz'], sorted(c.elements())[:6], c.total())
c.update('aaz'); c.subtract({'b': 5})
print(c.most_common(), Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3) - Counter(a=5))
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter(words=['x']).keys())
