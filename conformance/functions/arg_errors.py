# argument error messages
def one(x): pass
def two(x, y): pass
class K:
    def m(self, a): pass
for call in [lambda: one(1, 2), lambda: one(), lambda: two(1), lambda: two(), lambda: one(z=1),
             lambda: one(1, x=2), lambda: K().m(), lambda: K().m(1, 2), lambda: len(), lambda: (lambda: 0)(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
