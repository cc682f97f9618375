#
# Contexts: CPython 3.12 on Linux defaults to the fork start method, the only one our VM has.
#

import _vm
from . import process

__all__ = ['BaseContext', 'DefaultContext', 'ForkContext', 'Process', 'ForkProcess']


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def assert_spawning(obj):
    # CPython lets these objects be pickled only while a child is being spawned; with fork
    # nothing is ever pickled for a child, so every attempt (a pool task, a queue item) fails.
    raise RuntimeError(
        '%s objects should only be shared between processes'
        ' through inheritance' % type(obj).__name__
    )


class InheritOnly:
    """Mixin: the object crosses to a child only by fork, never as a pickled argument."""

    def __reduce__(self):
        assert_spawning(self)


class Process(process.BaseProcess):
    pass


class ForkProcess(process.BaseProcess):
    pass


class BaseContext(object):

    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    current_process = staticmethod(process.current_process)
    parent_process = staticmethod(process.parent_process)
    active_children = staticmethod(process.active_children)

    def cpu_count(self):
        '''Returns the number of CPUs in the system'''
        num = _vm.cpu_count()
        if num is None:
            raise NotImplementedError('cannot determine number of cpus')
        else:
            return num

    def Manager(self):
        from .managers import SyncManager
        m = SyncManager()
        m.start()
        return m

    def Pipe(self, duplex=True):
        from .connection import Pipe
        return Pipe(duplex)

    def Lock(self):
        from .synchronize import Lock
        return Lock()

    def RLock(self):
        from .synchronize import RLock
        return RLock()

    def Condition(self, lock=None):
        from .synchronize import Condition
        return Condition(lock)

    def Semaphore(self, value=1):
        from .synchronize import Semaphore
        return Semaphore(value)

    def BoundedSemaphore(self, value=1):
        from .synchronize import BoundedSemaphore
        return BoundedSemaphore(value)

    def Event(self):
        from .synchronize import Event
        return Event()

    def Barrier(self, parties, action=None, timeout=None):
        from .synchronize import Barrier
        return Barrier(parties, action, timeout)

    def Queue(self, maxsize=0):
        from .queues import Queue
        return Queue(maxsize)

    def JoinableQueue(self, maxsize=0):
        from .queues import JoinableQueue
        return JoinableQueue(maxsize)

    def SimpleQueue(self):
        from .queues import SimpleQueue
        return SimpleQueue()

    def Pool(self, processes=None, initializer=None, initargs=(),
             maxtasksperchild=None):
        from .pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild)

    def RawValue(self, typecode_or_type, *args):
        from .sharedctypes import RawValue
        return RawValue(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        from .sharedctypes import RawArray
        return RawArray(typecode_or_type, size_or_initializer)

    def Value(self, typecode_or_type, *args, lock=True):
        from .sharedctypes import Value
        return Value(typecode_or_type, *args, lock=lock)

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        from .sharedctypes import Array
        return Array(typecode_or_type, size_or_initializer, lock=lock)

    def freeze_support(self):
        pass

    def get_logger(self):
        raise NotImplementedError('multiprocessing.get_logger is not supported yet')

    def log_to_stderr(self, level=None):
        raise NotImplementedError('multiprocessing.log_to_stderr is not supported yet')

    def allow_connection_pickling(self):
        pass

    def set_executable(self, executable):
        pass

    def set_forkserver_preload(self, module_names):
        pass

    def get_context(self, method=None):
        if method is None or method == 'fork':
            return _fork_context if method else _default_context
        if method in ('spawn', 'forkserver'):
            raise ValueError('start method %r is not supported by this VM (only fork)'
                             % method)
        raise ValueError('cannot find context for %r' % method)

    def get_start_method(self, allow_none=False):
        return self._name

    def set_start_method(self, method, force=False):
        raise ValueError('cannot set start method of concrete context')

    @property
    def reducer(self):
        return None

    def _check_available(self):
        pass


class ForkContext(BaseContext):
    _name = 'fork'
    Process = ForkProcess


class DefaultContext(BaseContext):
    Process = Process
    _name = 'fork'

    def __init__(self, context):
        self._default_context = context
        self._actual_context = None

    def get_context(self, method=None):
        if method is None:
            if self._actual_context is None:
                self._actual_context = self._default_context
            return self._actual_context
        return super().get_context(method)

    def set_start_method(self, method, force=False):
        if self._actual_context is not None and not force:
            raise RuntimeError('context has already been set')
        if method is None and force:
            self._actual_context = None
            return
        self._actual_context = self.get_context(method)

    def get_start_method(self, allow_none=False):
        if self._actual_context is None:
            if allow_none:
                return None
            self._actual_context = self._default_context
        return self._actual_context._name

    def get_all_start_methods(self):
        return ['fork']


_fork_context = ForkContext()
_default_context = DefaultContext(_fork_context)
