#
# Module implementing synchronization primitives
#
# After CPython 3.12's Lib/multiprocessing/synchronize.py, over the VM's cross-process
# primitives: a Lock is a `_vm` xlock; Semaphore tokens and Event wake-ups travel on channels.
#

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']

import threading
import _vm
from .context import InheritOnly


class Lock(InheritOnly):

    def __init__(self, *, ctx=None):
        self._h = _vm.xlock_new()
        self._holder = None

    def acquire(self, block=True, timeout=None):
        if timeout is not None and timeout < 0:
            timeout = 0
        got = _vm.xlock_acquire(self._h, block, timeout)
        if got:
            self._holder = threading.current_thread().name
        return got

    def release(self):
        self._holder = None
        _vm.xlock_release(self._h)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return '<%s(owner=%s)>' % (self.__class__.__name__, self._holder)


class RLock(InheritOnly):

    def __init__(self, *, ctx=None):
        self._h = _vm.xlock_new()
        # The owner and count live in this process's copy: only the owner ever sees them set.
        self._owner = None
        self._count = 0

    def acquire(self, block=True, timeout=None):
        me = (_vm.getpid(), threading.get_ident())
        if self._owner == me:
            self._count += 1
            return True
        if timeout is not None and timeout < 0:
            timeout = 0
        if not _vm.xlock_acquire(self._h, block, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != (_vm.getpid(), threading.get_ident()):
            raise AssertionError('attempt to release recursive lock not owned by thread')
        self._count -= 1
        if not self._count:
            self._owner = None
            _vm.xlock_release(self._h)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        if self._owner is None:
            return '<%s(%s, %s)>' % (self.__class__.__name__, None, 0)
        return '<%s(%s, %s)>' % (self.__class__.__name__,
                                 threading.current_thread().name, self._count)


class Semaphore(InheritOnly):

    def __init__(self, value=1, *, ctx=None, _maxsize=0):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._ch = _vm.channel_new(_maxsize)
        for _ in range(value):
            _vm.channel_put(self._ch, None)

    def acquire(self, block=True, timeout=None):
        if timeout is not None and timeout < 0:
            timeout = 0
        return _vm.channel_get(self._ch, block, timeout)[0]

    def release(self):
        _vm.channel_put(self._ch, None)

    def get_value(self):
        return _vm.channel_qsize(self._ch)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return '<%s(value=%s)>' % (self.__class__.__name__, self.get_value())


class BoundedSemaphore(Semaphore):

    def __init__(self, value=1, *, ctx=None):
        Semaphore.__init__(self, value, _maxsize=max(value, 1))
        self._bound = value

    def release(self):
        if not _vm.channel_put(self._ch, None, False):
            raise ValueError('semaphore or lock released too many times')

    def __repr__(self):
        return '<%s(value=%s, maxvalue=%s)>' % (self.__class__.__name__, self.get_value(),
                                                self._bound)


class Event(InheritOnly):
    '''set() wakes every process waiting at that moment: it puts one token per registered
    waiter on the wake channel. A generation counter tells a waiter whose wait timed out
    whether a set() counted it (then it takes its token, so none is left over).'''

    _FLAG, _WAITERS, _GEN = 0, 1, 2

    def __init__(self, *, ctx=None):
        self._lock = _vm.xlock_new()
        self._state = _vm.shared_new('i', [0, 0, 0])
        self._wake = _vm.channel_new(0)

    def __reduce__(self):
        # CPython's Event pickles its Condition first, and that is what refuses.
        raise RuntimeError('Condition objects should only be shared between processes'
                           ' through inheritance')

    def is_set(self):
        return _vm.shared_get(self._state, self._FLAG) == 1

    def set(self):
        _vm.xlock_acquire(self._lock)
        try:
            _vm.shared_set(self._state, self._FLAG, 1)
            n = _vm.shared_get(self._state, self._WAITERS)
            _vm.shared_set(self._state, self._WAITERS, 0)
            _vm.shared_set(self._state, self._GEN, _vm.shared_get(self._state, self._GEN) + 1)
            for _ in range(n):
                _vm.channel_put(self._wake, None)
        finally:
            _vm.xlock_release(self._lock)

    def clear(self):
        _vm.xlock_acquire(self._lock)
        _vm.shared_set(self._state, self._FLAG, 0)
        _vm.xlock_release(self._lock)

    def wait(self, timeout=None):
        _vm.xlock_acquire(self._lock)
        if _vm.shared_get(self._state, self._FLAG):
            _vm.xlock_release(self._lock)
            return True
        _vm.shared_set(self._state, self._WAITERS, _vm.shared_get(self._state, self._WAITERS) + 1)
        gen = _vm.shared_get(self._state, self._GEN)
        _vm.xlock_release(self._lock)
        if timeout is not None and timeout < 0:
            timeout = 0
        if _vm.channel_get(self._wake, True, timeout)[0]:
            return True
        _vm.xlock_acquire(self._lock)
        try:
            if _vm.shared_get(self._state, self._GEN) != gen:
                _vm.channel_get(self._wake, False)
                return True
            _vm.shared_set(self._state, self._WAITERS,
                           _vm.shared_get(self._state, self._WAITERS) - 1)
            return False
        finally:
            _vm.xlock_release(self._lock)

    def __repr__(self):
        set_status = 'set' if self.is_set() else 'unset'
        return f"<{type(self).__qualname__} at {id(self):#x} {set_status}>"


class Condition(InheritOnly):
    '''A condition variable across processes: each wait() takes a fresh token from a wake
    channel; notify(n) puts n tokens for the processes counted as sleeping.'''

    def __init__(self, lock=None, *, ctx=None):
        self._lock = lock or RLock()
        self._count_lock = _vm.xlock_new()
        self._sleeping = _vm.shared_new('i', [0])
        self._wake = _vm.channel_new(0)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        _vm.xlock_acquire(self._count_lock)
        _vm.shared_set(self._sleeping, 0, _vm.shared_get(self._sleeping, 0) + 1)
        _vm.xlock_release(self._count_lock)
        count = 1
        if isinstance(self._lock, RLock):
            count = self._lock._count
            self._lock._count = 1
        self._lock.release()
        try:
            got = _vm.channel_get(self._wake, True, timeout)[0]
            if not got:
                _vm.xlock_acquire(self._count_lock)
                n = _vm.shared_get(self._sleeping, 0)
                if n > 0:
                    _vm.shared_set(self._sleeping, 0, n - 1)
                else:
                    got = _vm.channel_get(self._wake, False)[0]
                _vm.xlock_release(self._count_lock)
            return got
        finally:
            self._lock.acquire()
            if isinstance(self._lock, RLock):
                self._lock._count = count

    def notify(self, n=1):
        _vm.xlock_acquire(self._count_lock)
        k = min(n, _vm.shared_get(self._sleeping, 0))
        _vm.shared_set(self._sleeping, 0, _vm.shared_get(self._sleeping, 0) - k)
        for _ in range(k):
            _vm.channel_put(self._wake, None)
        _vm.xlock_release(self._count_lock)

    def notify_all(self):
        self.notify(2147483647)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        from time import monotonic
        endtime = None if timeout is None else monotonic() + timeout
        waittime = timeout
        while not result:
            if endtime is not None:
                waittime = endtime - monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class Barrier(threading.Barrier, InheritOnly):
    '''threading.Barrier's algorithm over a process-shared state and Condition.'''

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        self._shared = _vm.shared_new('i', [0, 0])
        threading.Barrier.__init__(self, parties, action, timeout)
        self._cond = Condition(Lock())

    def _shared_state_get(self):
        return _vm.shared_get(self._shared, 0)

    def _shared_state_set(self, value):
        _vm.shared_set(self._shared, 0, value)

    _state = property(_shared_state_get, _shared_state_set)

    def _shared_count_get(self):
        return _vm.shared_get(self._shared, 1)

    def _shared_count_set(self, value):
        _vm.shared_set(self._shared, 1, value)

    _count = property(_shared_count_get, _shared_count_set)
