#
# Value and Array in memory shared between processes (`_vm.shared_*`), as in CPython 3.12's
# Lib/multiprocessing/sharedctypes.py but without ctypes.
#

__all__ = ['RawValue', 'RawArray', 'Value', 'Array']

import _vm
from . import synchronize
from .context import InheritOnly

_ctype_names = {
    'c': 'c_char', 'u': 'c_wchar', 'b': 'c_byte', 'B': 'c_ubyte', 'h': 'c_short',
    'H': 'c_ushort', 'i': 'c_int', 'I': 'c_uint', 'l': 'c_long', 'L': 'c_ulong',
    'q': 'c_longlong', 'Q': 'c_ulonglong', 'f': 'c_float', 'd': 'c_double',
}


def _zero(typecode):
    if typecode in 'fd':
        return 0.0
    if typecode == 'c':
        return b'\x00'
    if typecode == 'u':
        return '\x00'
    return 0


def _check(typecode):
    if typecode not in _ctype_names:
        raise TypeError('unsupported typecode %r' % (typecode,))


class _RawValue:
    def __init__(self, typecode, value):
        self._typecode = typecode
        self._h = _vm.shared_new(typecode, [value])

    def _value_get(self):
        return _vm.shared_get(self._h, 0)

    def _value_set(self, v):
        _vm.shared_set(self._h, 0, v)

    value = property(_value_get, _value_set)

    def __repr__(self):
        return '%s(%r)' % (_ctype_names[self._typecode], self.value)


class _RawArray:
    def __init__(self, typecode, values):
        self._typecode = typecode
        self._h = _vm.shared_new(typecode, values)

    def __len__(self):
        return _vm.shared_len(self._h)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [_vm.shared_get(self._h, k) for k in range(len(self))[i]]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError('invalid index')
        return _vm.shared_get(self._h, i)

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            idx = range(len(self))[i]
            v = list(v)
            if len(v) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            for k, x in zip(idx, v):
                _vm.shared_set(self._h, k, x)
            return
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError('invalid index')
        _vm.shared_set(self._h, i, v)

    def __iter__(self):
        return iter(self[:])

    def __repr__(self):
        return '<multiprocessing.sharedctypes.%s_Array_%d object at %s>' % (
            _ctype_names[self._typecode], len(self), hex(id(self)))


def RawValue(typecode_or_type, *args):
    _check(typecode_or_type)
    return _RawValue(typecode_or_type, args[0] if args else _zero(typecode_or_type))


def RawArray(typecode_or_type, size_or_initializer):
    _check(typecode_or_type)
    if isinstance(size_or_initializer, int):
        values = [_zero(typecode_or_type)] * size_or_initializer
    else:
        values = list(size_or_initializer)
    return _RawArray(typecode_or_type, values)


class Synchronized(InheritOnly):
    def __init__(self, obj, lock=None):
        self._obj = obj
        self._lock = lock if lock is not None else synchronize.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def _value_get(self):
        with self._lock:
            return self._obj.value

    def _value_set(self, v):
        with self._lock:
            self._obj.value = v

    value = property(_value_get, _value_set)

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class SynchronizedArray(Synchronized):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __iter__(self):
        return iter(self[:])


def Value(typecode_or_type, *args, lock=True, ctx=None):
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    if lock in (True, None):
        lock = synchronize.RLock()
    return Synchronized(obj, lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    if lock in (True, None):
        lock = synchronize.RLock()
    return SynchronizedArray(obj, lock)
