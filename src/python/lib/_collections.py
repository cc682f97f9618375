"""deque, defaultdict and namedtuple's field getter: C (_collections) in CPython, Python here.

collections re-exports them; they name themselves collections.deque and
collections.defaultdict, as CPython's do.
"""
from _vm import allocate_lock as _allocate_lock

__all__ = ['deque', 'defaultdict', '_tuplegetter', '_count_elements']


class deque:
    '''A list-like sequence optimized for data accesses near its endpoints.

    Kept as a Python list plus the index of its first element, so popleft is O(1) amortised.
    CPython's deque methods are atomic (C code under the GIL, a per-object lock in 3.13t);
    these are Python code the VM may switch threads in, so each one holds the deque's lock.
    '''

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._lock = _allocate_lock()
        self._maxlen = maxlen
        self._data = []
        self._head = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _items(self):
        if self._head:
            del self._data[:self._head]
            self._head = 0
        return self._data

    def _snapshot(self):
        with self._lock:
            return self._items()[:]

    def __len__(self):
        return len(self._data) - self._head

    def __bool__(self):
        return len(self._data) > self._head

    def _append(self, x):
        if self._maxlen is not None and len(self._data) - self._head >= self._maxlen:
            if self._maxlen == 0:
                return
            self._popleft()
        self._data.append(x)

    def _appendleft(self, x):
        if self._maxlen is not None and len(self._data) - self._head >= self._maxlen:
            if self._maxlen == 0:
                return
            self._data.pop()
        if self._head:
            self._head -= 1
            self._data[self._head] = x
        else:
            self._data.insert(0, x)

    def _popleft(self):
        if len(self._data) <= self._head:
            raise IndexError('pop from an empty deque')
        x = self._data[self._head]
        self._data[self._head] = None
        self._head += 1
        if self._head > 32 and self._head * 2 > len(self._data):
            self._items()
        return x

    def append(self, x):
        with self._lock:
            self._append(x)

    def appendleft(self, x):
        with self._lock:
            self._appendleft(x)

    def pop(self):
        with self._lock:
            if len(self._data) <= self._head:
                raise IndexError('pop from an empty deque')
            return self._data.pop()

    def popleft(self):
        with self._lock:
            return self._popleft()

    def extend(self, iterable):
        items = list(iterable)
        with self._lock:
            for x in items:
                self._append(x)

    def extendleft(self, iterable):
        items = list(iterable)
        with self._lock:
            for x in items:
                self._appendleft(x)

    def clear(self):
        with self._lock:
            self._data = []
            self._head = 0

    def copy(self):
        return self.__class__(self._snapshot(), self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._snapshot().count(x)

    def index(self, x, start=0, stop=None):
        items = self._snapshot()
        n = len(items)
        if stop is None:
            stop = n
        for i in range(*slice(start, stop).indices(n)):
            if items[i] is x or items[i] == x:
                return i
        raise ValueError('%r is not in deque' % (x,))

    def insert(self, i, x):
        with self._lock:
            if self._maxlen is not None and len(self._data) - self._head >= self._maxlen:
                raise IndexError('deque already at its maximum size')
            self._items().insert(i, x)

    def remove(self, value):
        with self._lock:
            items = self._items()
            for i in range(len(items)):
                if items[i] is value or items[i] == value:
                    del items[i]
                    return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        with self._lock:
            self._items().reverse()

    def rotate(self, n=1):
        with self._lock:
            items = self._items()
            k = len(items)
            if k <= 1:
                return
            n = n % k
            if n:
                items[:] = items[-n:] + items[:-n]

    def _index(self, i):
        n = len(self._data) - self._head
        if not isinstance(i, int):
            raise TypeError('sequence index must be integer, not %r' % type(i).__name__)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        return self._head + i

    def __getitem__(self, i):
        with self._lock:
            return self._data[self._index(i)]

    def __setitem__(self, i, x):
        with self._lock:
            self._data[self._index(i)] = x

    def __delitem__(self, i):
        with self._lock:
            del self._data[self._index(i)]

    def __iter__(self):
        return iter(self._snapshot())

    def __reversed__(self):
        return reversed(self._snapshot())

    def __contains__(self, x):
        return x in self._snapshot()

    def __repr__(self):
        body = repr(self._snapshot())
        if self._maxlen is None:
            return '%s(%s)' % (type(self).__name__, body)
        return '%s(%s, maxlen=%d)' % (type(self).__name__, body, self._maxlen)

    def _cmp(self, other):
        if not isinstance(other, deque):
            return None
        return other._snapshot()

    def __eq__(self, other):
        o = self._cmp(other)
        return NotImplemented if o is None else self._snapshot() == o

    def __ne__(self, other):
        o = self._cmp(other)
        return NotImplemented if o is None else self._snapshot() != o

    def __lt__(self, other):
        o = self._cmp(other)
        return NotImplemented if o is None else self._snapshot() < o

    def __le__(self, other):
        o = self._cmp(other)
        return NotImplemented if o is None else self._snapshot() <= o

    def __gt__(self, other):
        o = self._cmp(other)
        return NotImplemented if o is None else self._snapshot() > o

    def __ge__(self, other):
        o = self._cmp(other)
        return NotImplemented if o is None else self._snapshot() >= o

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return self.__class__(self._snapshot() * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._snapshot() * n
        self.clear()
        self.extend(items)
        return self

    def __reduce__(self):
        return (self.__class__, (self._snapshot(), self._maxlen))

    def __deepcopy__(self, memo):
        import copy
        return self.__class__(copy.deepcopy(self._snapshot(), memo), self._maxlen)

    def __class_getitem__(cls, item):
        return cls


class defaultdict(dict):
    '''dict whose missing keys are filled in by calling default_factory.'''

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return '%s(%r, %s)' % (type(self).__name__, self.default_factory, dict.__repr__(self))

    def copy(self):
        return self.__class__(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return (self.__class__, (self.default_factory,), None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new


class _tuplegetter:
    """Field access for namedtuple classes (C in CPython), with its messages."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return tuple.__getitem__(instance, self._index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def _count_elements(mapping, iterable):
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


deque.__module__ = 'collections'
defaultdict.__module__ = 'collections'
