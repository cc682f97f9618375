"""threading.local: CPython's is _thread._local (C); this one keeps one dict per thread.

Kept apart from threading.py for size; threading imports it at its end.
"""

__all__ = ['local']


class local:
    """Thread-local data: each thread sees its own attributes.

    The attributes live in one dict per thread, keyed by the Thread object (never by ident,
    which the VM may reuse once a thread ends); nothing is swapped into __dict__, so two
    threads can never see each other's values.
    """

    def __new__(cls, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__dicts', {})
        object.__setattr__(self, '_local__args', (args, kw))
        object.__getattribute__(self, '_local__dicts')[threading.current_thread()] = {}
        return self

    def __getattribute__(self, name):
        if name.startswith('_local__') or name == '__class__':
            return object.__getattribute__(self, name)
        d = _local_dict(self)
        if name == '__dict__':
            return d
        if name in d and not _is_data_descriptor(type(self), name):
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        d = _local_dict(self)
        if _is_data_descriptor(type(self), name):
            return object.__setattr__(self, name, value)
        d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        d = _local_dict(self)
        if _is_data_descriptor(type(self), name):
            return object.__delattr__(self, name)
        if name not in d:
            raise AttributeError(
                "%r object has no attribute %r" % (self.__class__.__name__, name))
        del d[name]


def _is_data_descriptor(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            attr = klass.__dict__[name]
            return hasattr(type(attr), '__set__') or hasattr(type(attr), '__delete__')
    return False


def _local_dict(self):
    dicts = object.__getattribute__(self, '_local__dicts')
    key = threading.current_thread()
    d = dicts.get(key)
    if d is None:
        d = {}
        dicts[key] = d
        args, kw = object.__getattribute__(self, '_local__args')
        cls = type(self)
        if cls.__init__ is not object.__init__:
            cls.__init__(self, *args, **kw)
    return d


# What CPython's type calls itself.
local.__module__ = '_thread'
local.__name__ = local.__qualname__ = '_local'

# Last: threading imports this module at its own end, so either may be imported first.
import threading  # noqa: E402
