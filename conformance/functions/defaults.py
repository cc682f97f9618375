# default arguments, including the mutable-default pitfall
def greet(name, greeting='Hello', punct='!'):
    return f'{greeting}, {name}{punct}'
print(greet('Ann'), greet('Bo', 'Hi'), greet('Cy', punct='?'))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to.__defaults__)
