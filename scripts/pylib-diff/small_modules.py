# heapq, bisect, copy, string, operator, traceback, abc, random details
import heapq, bisect, copy, string, operator, traceback, abc, random, sys
h = [5, 1, 8, 3, 2]; heapq.heapify(h); print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 9), h)
print(heapq.nlargest(2, [4, 1, 7, 3]), heapq.nsmallest(2, 'zyxa'), list(heapq.merge([1, 4], [2, 3], [0])), heapq.nlargest(1, [{'a': 2}, {'a': 5}], key=lambda d: d['a']))
a = [1, 2, 2, 4]
print(bisect.bisect(a, 2), bisect.bisect_left(a, 2), bisect.bisect_right(a, 9), bisect.bisect(a, 3, key=None))
bisect.insort(a, 3); bisect.insort_left(a, 0); print(a)
class Obj:
    def __init__(self): self.items = [1, [2]]; self.name = 'o'
o = Obj(); s = copy.copy(o); d = copy.deepcopy(o)
print(s.items is o.items, d.items is o.items, d.items[1] is o.items[1], d.items == o.items, type(d).__name__)
shared = [1]; pair = [shared, shared]; dp = copy.deepcopy(pair); print(dp[0] is dp[1], dp[0] is shared)
print(copy.copy({'a': [1]}), copy.deepcopy((1, [2])), copy.copy(5), copy.deepcopy(ValueError('x')).args)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
print(string.capwords('  hello   world '), string.capwords('a-b', '-'))
t = string.Template('$who likes ${what}; $$5')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid())
for bad in ('$', '${x'):
    try:
        string.Template(bad).substitute(x=1)
    except ValueError as e:
        print(e)
try:
    t.substitute(who='a')
except KeyError as e:
    print('KeyError', e)
print(operator.itemgetter(1, 0)('ab'), operator.attrgetter('real')(3), operator.methodcaller('upper')('q'), operator.add(1, 2), operator.index(5))
def fail():
    raise ValueError('inner')
try:
    try:
        fail()
    except ValueError as e:
        raise KeyError('outer') from e
except KeyError:
    text = traceback.format_exc()
print(text.count('Traceback'), 'direct cause' in text, text.splitlines()[-1])
print(traceback.format_exc().strip())
try:
    1 / 0
except ZeroDivisionError as e:
    print(traceback.format_exception_only(e), traceback.format_exception(e)[-1].strip())
    traceback.print_exc(file=sys.stdout)
class Base(abc.ABC):
    @abc.abstractmethod
    def a(self): ...
    @abc.abstractmethod
    def b(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
try:
    Base()
except TypeError as e:
    print(e)
class Half(Base):
    def a(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
class Full(Half):
    def b(self): return 2
    p = 3
print(Full().a(), Full().p, isinstance(Full(), Base), issubclass(Full, Base), sorted(Base.__abstractmethods__))
class Reg(abc.ABC): pass
Reg.register(int); print(isinstance(3, Reg), issubclass(str, Reg), isinstance(Reg, abc.ABCMeta))
random.seed(12345)
print(random.random(), random.randrange(10, 100, 7), random.randint(-5, 5), random.choice([1, 2, 3]), random.uniform(0, 10))
print(random.sample(range(100), 5), random.choices(range(3), weights=[1, 0, 5], k=4), random.choices('ab', cum_weights=[1, 2], k=3))
x = list('abcdefg'); random.shuffle(x); print(x, random.getrandbits(8), random.getrandbits(100), random.triangular(0, 1), random.expovariate(2))
print(random.gauss(5, 1), random.normalvariate(), random.betavariate(2, 3), random.gammavariate(2, 1), random.paretovariate(3), random.weibullvariate(1, 2), random.vonmisesvariate(1, 2), random.lognormvariate(0, 1))
st = random.getstate(); u = random.random(); random.setstate(st); print(u == random.random())
r1, r2 = random.Random(7), random.Random(7); print(r1.random() == r2.random(), r1.randrange(2**70) == r2.randrange(2**70), random.Random(3.5).random())
random.seed(-8); print(random.random())
for bad in [lambda: random.randrange(0), lambda: random.randint(3, 1), lambda: random.choice([]), lambda: random.sample([1], 2), lambda: random.sample({1, 2}, 1)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
