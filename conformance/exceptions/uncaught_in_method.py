# uncaught exception inside a method call from a loop
class Parser:
    def parse(self, token):
        return {'one': 1, 'two': 2}[token]
p = Parser()
for t in ['one', 'two', 'three']:
    print(t, p.parse(t))
