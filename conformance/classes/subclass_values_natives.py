# more natives that take ints, floats and strs, given subclass instances
import time, random, itertools, threading, queue, collections, functools, operator
class MyInt(int):
    pass
class Secs(float):
    pass
class Name(str):
    pass
i, s, n = MyInt(2), Secs(0.01), Name('w')
l = [1, 2, 3, 4]
l.insert(MyInt(0), 0)
print(l.pop(MyInt(1)), l, l.index(3, MyInt(0)), l[MyInt(-1)], l[MyInt(1):], 'ab'.center(MyInt(6), Name('*')), 'x'.zfill(MyInt(3)))
l[MyInt(0)] = 'z'
del l[MyInt(0)]
print(l, tuple(l).index(4), divmod(Secs(7.5), 2), int(Secs(-2.5)), float.fromhex(Name('0x1p1')), int.from_bytes(b'\x01\x00', Name('big')))
time.sleep(s)
random.seed(MyInt(1))
print(random.randint(MyInt(1), MyInt(1)), random.choice([MyInt(5)]), len(random.sample(list(range(10)), MyInt(3))), random.randrange(MyInt(3), 4))
print(list(itertools.islice('abcdef', MyInt(2), MyInt(5))), list(enumerate('ab', MyInt(1))), list(itertools.repeat(0, MyInt(2))), list(zip('ab', range(MyInt(2)))))
t = threading.Thread(target=lambda: None, name=Name('worker'))
t.start(); t.join()
print(t.name, type(t.name).__name__ in ('str', 'Name'))
q = queue.Queue(maxsize=MyInt(2))
q.put(1, timeout=Secs(0.1))
print(q.get(timeout=s), q.maxsize)
ev = threading.Event()
print(ev.wait(Secs(0.01)), threading.Lock().acquire(timeout=Secs(0.01)))
c = collections.Counter([Name('a'), 'a', Name('b')])
print(sorted(c.items()), c['a'], collections.deque(range(5), maxlen=MyInt(2)))
print(functools.reduce(operator.add, [MyInt(1), MyInt(2)], MyInt(0)), operator.mul(Secs(1.5), 2), operator.index(MyInt(4)), sorted(['b', 'a'], key=Name.upper))
print(Name('%s=%d') % ('a', MyInt(1)), Name('{}-{}').format(i, n), str.format(Name('{0}'), 5), '{:{w}}'.format('x', w=MyInt(3)) + '|')
print(dict.fromkeys([Name('k')], MyInt(0)), {Name('a'): 1}.get('a'), 'a' in {Name('a'): 1}, [Name('b'), 'a'].index('b'), 'abcabc'.count(Name('b')))
print(int('10', base=MyInt(2)), round(Secs(1.2345), MyInt(2)), pow(Secs(2.0), 2), max([Secs(0.5), Secs(1.5)]), abs(Secs(-0.25)), str(Secs(0.5)))
print(bool(MyInt(0)), bool(Name('')), bool(Secs(0.0)), not Name('x'), MyInt(3) == 3.0, -MyInt(2), +Secs(1.0), ~MyInt(0))
print(chr(MyInt(97)) + Name('b'), list(map(int, [Name('1'), Name('2')])), ' '.join(map(str, [MyInt(1), Secs(2.0)])), Name('a').join(['x', 'y']))
print(sum([Secs(0.5), Secs(0.25)]), sum(range(MyInt(4))), sorted({MyInt(3): 'c', MyInt(1): 'a'}.items()), isinstance(Name('x'), (int, str)))
