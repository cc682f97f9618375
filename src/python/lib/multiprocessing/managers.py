#
# A Manager with dict and list proxies. CPython serves them from a manager process over
# sockets; here a server thread in the manager's process owns the objects and answers
# requests arriving on a channel. Reply channels come from a pool made before any fork, so
# every process can use them.
#

__all__ = ['BaseManager', 'SyncManager']

import threading
import _vm

_REPLY_CHANNELS = 8


class RemoteError(Exception):
    pass


class BaseProxy(object):
    _exposed_ = ()

    def __init__(self, manager, ident, typeid):
        object.__setattr__(self, '_requests', manager._requests)
        object.__setattr__(self, '_free', manager._free)
        object.__setattr__(self, '_id', ident)
        object.__setattr__(self, '_typeid', typeid)

    def _callmethod(self, methodname, args=(), kwds={}):
        ok, reply = _vm.channel_get(self._free)
        try:
            _vm.channel_put(self._requests, (reply, self._id, methodname, args, kwds))
            ok, (success, value) = _vm.channel_get(reply)
        finally:
            _vm.channel_put(self._free, reply)
        if success:
            return value
        raise value

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        return self._callmethod('__repr__')


def _proxy_method(name):
    def method(self, *args, **kwds):
        return self._callmethod(name, args, kwds)
    method.__name__ = name
    return method


class DictProxy(BaseProxy):
    pass


class ListProxy(BaseProxy):
    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self


for _name in ('__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__', 'clear',
              'copy', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update',
              'values', '__iter__'):
    setattr(DictProxy, _name, _proxy_method(_name))
for _name in ('__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__',
              '__reversed__', '__rmul__', '__setitem__', 'append', 'count', 'extend', 'index',
              'insert', 'pop', 'remove', 'reverse', 'sort', '__iter__'):
    setattr(ListProxy, _name, _proxy_method(_name))
del _name


def _iter(self):
    return iter(self._callmethod('__iter__'))


def _reversed(self):
    return iter(self._callmethod('__reversed__'))


DictProxy.__iter__ = _iter
ListProxy.__iter__ = _iter
ListProxy.__reversed__ = _reversed


class BaseManager(object):

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None):
        self._objects = {}
        self._next_id = 0
        self._requests = _vm.channel_new(0)
        self._free = _vm.channel_new(0)
        for _ in range(_REPLY_CHANNELS):
            _vm.channel_put(self._free, _vm.channel_new(0))
        self._thread = None

    def start(self, initializer=None, initargs=()):
        if initializer is not None:
            initializer(*initargs)
        # CPython serves from a process named SyncManager-N: take that process number, and
        # give the server thread a name of its own so no thread number is used.
        from . import process
        process._next_count()
        self._thread = threading.Thread(target=self._serve, daemon=True,
                                        name='SyncManager-server')
        self._thread.start()

    def _serve(self):
        while True:
            ok, req = _vm.channel_get(self._requests)
            if req is None:
                break
            reply, ident, methodname, args, kwds = req
            try:
                obj = self._objects[ident]
                value = getattr(obj, methodname)(*args, **kwds)
                if methodname in ('__iter__', '__reversed__', 'keys', 'values', 'items'):
                    value = list(value)
                result = (True, value)
            except Exception as e:
                result = (False, e)
            _vm.channel_put(reply, result)

    def _create(self, typeid, obj, proxytype):
        self._next_id += 1
        self._objects[self._next_id] = obj
        return proxytype(self, self._next_id, typeid)

    def shutdown(self):
        if self._thread is not None:
            _vm.channel_put(self._requests, None)
            self._thread.join()
            self._thread = None

    def __enter__(self):
        if self._thread is None:
            self.start()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()


class Namespace(object):
    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class NamespaceProxy(BaseProxy):
    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        return self._callmethod('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return self._callmethod('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return self._callmethod('__delattr__', (key,))


class _Box(object):
    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value

    def set(self, value):
        self.value = value

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.value)


class ValueProxy(BaseProxy):
    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


# Queues, locks and events are cross-process objects already (channels and xlocks live
# outside every heap), so a manager hands out the objects themselves, marked as proxies:
# unlike the plain ones, these may travel inside pool tasks and queue items.
_auto_proxies = {}


def _rebuild_auto_proxy(typeid, state):
    obj = object.__new__(_auto_proxies[typeid])
    obj.__dict__.update(state)
    return obj


def _auto_proxy(typeid, base):
    def __reduce__(self):
        return (_rebuild_auto_proxy, (typeid, dict(self.__dict__)))

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, typeid, id(self))

    cls = type('AutoProxy[%s]' % typeid, (base,), {
        '__reduce__': __reduce__, '__repr__': __repr__, '__str__': base.__repr__,
        '__module__': __name__})
    _auto_proxies[typeid] = cls
    return cls


def _make_auto_proxies():
    from . import queues, synchronize
    for typeid, base in (('Queue', queues.Queue), ('JoinableQueue', queues.JoinableQueue),
                         ('Lock', synchronize.Lock), ('RLock', synchronize.RLock),
                         ('Semaphore', synchronize.Semaphore),
                         ('BoundedSemaphore', synchronize.BoundedSemaphore),
                         ('Condition', synchronize.Condition), ('Event', synchronize.Event)):
        _auto_proxy(typeid, base)


_make_auto_proxies()


class SyncManager(BaseManager):

    def dict(self, *args, **kwds):
        return self._create('dict', dict(*args, **kwds), DictProxy)

    def list(self, sequence=()):
        return self._create('list', list(sequence), ListProxy)

    def Namespace(self, **kwds):
        return self._create('Namespace', Namespace(**kwds), NamespaceProxy)

    def Value(self, typecode, value, lock=True):
        return self._create('Value', _Box(value), ValueProxy)

    def _auto(self, typeid, *args):
        cls = _auto_proxies[typeid]
        obj = object.__new__(cls)
        cls.__bases__[0].__init__(obj, *args)
        return obj

    def Queue(self, maxsize=0):
        return self._auto('Queue', maxsize)

    def JoinableQueue(self, maxsize=0):
        return self._auto('JoinableQueue', maxsize)

    def Lock(self):
        return self._auto('Lock')

    def RLock(self):
        return self._auto('RLock')

    def Semaphore(self, value=1):
        return self._auto('Semaphore', value)

    def BoundedSemaphore(self, value=1):
        return self._auto('BoundedSemaphore', value)

    def Condition(self, lock=None):
        return self._auto('Condition', lock)

    def Event(self):
        return self._auto('Event')
