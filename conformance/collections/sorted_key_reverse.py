# sorted with key and reverse; stable sort
people = [('bob', 25), ('alice', 30), ('carl', 25), ('dana', 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])), sorted('Banana', key=str.lower), sorted([3, -1, 2], key=abs))
from operator import itemgetter, attrgetter
print(sorted(people, key=itemgetter(0)), max(people, key=itemgetter(1)))
