# deque, Counter, OrderedDict, defaultdict, ChainMap, namedtuple details
from collections import deque, Counter, OrderedDict, defaultdict, ChainMap, namedtuple
d = deque('abc', maxlen=4)
d.appendleft('z'); d.append('q'); print(d, d.maxlen, len(d), d[0], d[-1])
d.rotate(1); print(d); d.rotate(-2); print(d)
d.extendleft('12'); print(d, d.count('b'), 'b' in d, d.index('b'))
print(d.pop(), d.popleft(), d, list(reversed(d)), d == deque(d), d < deque(['z']))
d.remove('b'); d.insert(0, 'x'); print(d, d.copy(), d + deque('k'), d * 2)
try:
    d.remove('nope')
except ValueError as e:
    print(e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print(e)
e = deque(range(100))
for _ in range(90): e.popleft()
print(e, e[3], e[-1])
del e[0]; e[0] = 'first'; print(e)
print(deque([1]) == [1], deque(maxlen=0), deque([1, 2]).__repr__())
c = Counter('mississippi')
print(c, c.most_common(2), c['z'], sorted(c.elements()), c.total())
c.update('ss'); c.subtract({'s': 10}); print(c, +c, -c)
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
c2 = Counter(a=2); c2 += Counter(a=-5, b=1); print(c2, Counter(a=1) <= Counter(a=2), Counter() == Counter(a=0))
o = OrderedDict.fromkeys('abc', 0)
o.move_to_end('a'); o.move_to_end('c', last=False); print(o, list(o), o.popitem(), o.popitem(last=False), o)
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict([(1, 2)]) | {3: 4}, repr(OrderedDict()))
dd = defaultdict(list); dd['x'].append(1); print(dd, dd.copy(), defaultdict(None, a=1), dict(dd))
try:
    defaultdict(None)['q']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print(e)
cm = ChainMap({'a': 1}, {'b': 2, 'a': 9})
cm['c'] = 3; print(cm, len(cm), sorted(cm), cm.get('z', 0), cm.parents, cm.new_child({'a': 0})['a'])
try:
    del cm['b']
except KeyError as e:
    print(e)
P = namedtuple('P', 'x, y', defaults=[7])
p = P(1)
print(p, P._fields, P._field_defaults, p._asdict(), P._make([3, 4]), p._replace(y=2), p[0], P.x.__doc__, P.__doc__)
print(isinstance(p, tuple), p == (1, 7), hash(p) == hash((1, 7)), P.__name__, P.__module__)
R = namedtuple('R', ['def', 'ok', 'ok'], rename=True); print(R._fields)
for bad in (['a', 'a'], ['_x'], ['class'], ['1a']):
    try:
        namedtuple('B', bad)
    except ValueError as e:
        print(e)
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)
try:
    P()
except TypeError as e:
    print(e)
Q = namedtuple('Q', 'a b c')
try:
    Q(1)
except TypeError as e:
    print(e)
import copy, pickle, threading
dq = deque([[1], [2]], maxlen=3)
dc = copy.deepcopy(dq); dc[0].append(9); print(dq, dc, copy.copy(dq), pickle.loads(pickle.dumps(dq)))
shared = deque()
def producer():
    for i in range(20000):
        shared.append(i)
def consumer(out):
    n = 0
    while n < 10000:
        try:
            out.append(shared.popleft()); n += 1
        except IndexError:
            pass
outs = [[], []]
ts = [threading.Thread(target=producer)] + [threading.Thread(target=consumer, args=(o,)) for o in outs]
for t in ts: t.start()
for t in ts: t.join()
print('deque popleft from two threads: no item lost or doubled', sorted(outs[0] + outs[1]) == list(range(20000)))
