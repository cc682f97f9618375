# default identity hash/eq and using objects as dict keys
class K: pass
a, b = K(), K()
d = {a: 'a', b: 'b'}
print(d[a], d[b], a == b, a == a, len(d), hash(a) == hash(a))
