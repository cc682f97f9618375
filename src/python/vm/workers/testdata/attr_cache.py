# The instance side of LOAD_ATTR / STORE_ATTR (attr-cache.ts) must see what another
# worker does to the instance and its class: each loop below reads through its
# instruction's cached slot while the thread, on its own worker, changes what the
# slot describes; a cache its own worker alone invalidated would spin forever or
# print the old value.
import threading, time


class Box:
    scale = 1

    def __init__(self):
        self.value = 0
        self.done = False

    def step(self):
        return 'old'


b = Box()


def later(fn):
    def run():
        time.sleep(0.02)
        fn()
    t = threading.Thread(target=run)
    t.start()
    return t


def store():
    b.value = 7
    b.done = True


t = later(store)
n = 0
while not b.done:
    n += b.scale
t.join()
print('instance store:', b.value, b.done)

t = later(lambda: setattr(b, 'step', lambda: 'instance'))
while b.step() == 'old':
    pass
t.join()
print('method shadowed by the instance:', b.step())


def set_scale():
    Box.scale = 5


t = later(set_scale)
while b.scale == 1:
    pass
t.join()
print('class value:', b.scale)


def grow():
    for i in range(40):
        setattr(b, 'a%d' % i, i)
    b.value = 8


t = later(grow)
while b.value != 8:
    pass
t.join()
print('after a resize:', b.value, b.a39)

b.extra = 1


def drop():
    del b.extra


t = later(drop)
while True:
    try:
        b.extra
    except AttributeError as e:
        print('deleted:', e)
        break
t.join()


class Other(Box):
    def step(self):
        return 'other'


o = Other()
readers = [b, o, b, o]
print([x.value for x in readers], [x.step() for x in readers])


def prop():
    Box.value = property(lambda self: 'property')


t = later(prop)
while b.value == 8:
    pass
t.join()
print('data descriptor on the class wins:', b.value, b.__dict__['value'])

