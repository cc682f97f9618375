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
        self._requests = manager._requests
        self._free = manager._free
        self._id = ident
        self._typeid = typeid

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


class SyncManager(BaseManager):

    def dict(self, *args, **kwds):
        return self._create('dict', dict(*args, **kwds), DictProxy)

    def list(self, sequence=()):
        return self._create('list', list(sequence), ListProxy)

    def Namespace(self, **kwds):
        raise NotImplementedError('Manager().Namespace is not supported yet')
