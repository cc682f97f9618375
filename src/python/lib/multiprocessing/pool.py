#
# Module providing the `Pool` class for managing a process pool
#
# After CPython 3.12's Lib/multiprocessing/pool.py, smaller: tasks go straight from the caller
# to a task channel (so a task that cannot be pickled fails in the caller's job, as CPython's
# task handler makes it fail), and one result-handler thread in the parent completes the jobs.
#

__all__ = ['Pool', 'ThreadPool']

import threading
import _vm
from . import process
from .process import BaseProcess

RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

_job_counter = [0]


def _next_job():
    _job_counter[0] += 1
    return _job_counter[0]


# CPython: list(map(*args)), list(itertools.starmap(...)). Here a task called from inside a
# builtin's loop would block in a nested run (VM README, native callbacks): one process's sleep
# would hold the others' wake-ups until it returned. A comprehension calls it from Python.
def mapstar(args):
    return [args[0](*xs) for xs in zip(*args[1:])]


def starmapstar(args):
    return [args[0](*xs) for xs in args[1]]


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class MaybeEncodingError(Exception):
    """Wraps possible unpickleable errors, so they can be
    safely sent through the socket."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super(MaybeEncodingError, self).__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value,
                                                             self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


class TimeoutError(Exception):
    pass


class _Channel(object):
    """One end of a `_vm` channel as the queue a pool worker reads or writes."""

    def __init__(self):
        self._ch = _vm.channel_new(0)

    def put(self, obj):
        _vm.channel_put(self._ch, obj)

    def get(self):
        return _vm.channel_get(self._ch)[1]


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None,
           wrap_exception=False):
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or (maxtasks and completed < maxtasks):
        task = inqueue.get()
        if task is None:
            break
        job, i, func, args, kwds = task
        tb = None
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            tb = '\n"""\n%s"""' % _vm.format_exception(e)
            result = (False, e)
        try:
            outqueue.put((job, i, result, tb))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            outqueue.put((job, i, (False, wrapped), None))
        task = job = result = func = args = kwds = None
        completed += 1


class Pool(object):
    '''
    Class which supports an async version of applying functions to arguments.
    '''
    _wrap_exception = True

    @staticmethod
    def Process(ctx, *args, **kwds):
        from .context import ForkProcess
        return ForkProcess(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._pool = []
        self._state = None
        self._cache = {}
        self._maxtasksperchild = maxtasksperchild
        self._initializer = initializer
        self._initargs = initargs
        if processes is None:
            processes = _vm.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._setup_queues()
        self._cache_lock = threading.Lock()
        for _ in range(processes):
            self._start_worker()
        # CPython's pool runs three handler threads (workers, tasks, results); ours needs only
        # the last, but takes the same thread numbers so later threads get CPython's names.
        threading._newname("Thread-%d")
        threading._newname("Thread-%d")
        self._result_handler = threading.Thread(target=Pool._handle_results,
                                                args=(self._outqueue, self._cache,
                                                      self._cache_lock))
        self._result_handler.daemon = True
        self._result_handler.start()
        self._state = RUN

    def _setup_queues(self):
        self._inqueue = _Channel()
        self._outqueue = _Channel()

    def _start_worker(self):
        # maxtasksperchild is accepted but workers are never replaced, so they never retire.
        w = self.Process(None, target=worker,
                         args=(self._inqueue, self._outqueue, self._initializer,
                               self._initargs, None, self._wrap_exception))
        w.name = w.name.replace('Process', 'PoolWorker')
        w.daemon = True
        w.start()
        self._pool.append(w)

    @staticmethod
    def _handle_results(outqueue, cache, cache_lock):
        while True:
            item = outqueue.get()
            if item is None:
                break
            job, i, obj, tb = item
            if tb is not None and not obj[0]:
                obj[1].__cause__ = RemoteTraceback(tb)
            with cache_lock:
                result = cache.get(job)
            if result is not None:
                result._set(i, obj)

    def __reduce__(self):
        raise NotImplementedError(
            'pool objects cannot be passed between processes or pickled')

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _send(self, result, tasks):
        # Tasks are pickled here, in the caller; one that cannot be fails its whole job.
        for i, task in enumerate(tasks):
            try:
                self._inqueue.put(task)
            except Exception as e:
                result._set(task[1], (False, e))
                result._fail_rest(e)
                return

    def apply(self, func, args=(), kwds={}):
        '''
        Equivalent of `func(*args, **kwds)`.
        Pool must be running.
        '''
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        '''
        Apply `func` to each element in `iterable`, collecting the results
        in a list that is returned.
        '''
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        '''
        Like `map()` method but the elements of the `iterable` are expected to
        be iterables as well and will be unpacked as arguments. Hence
        `func` and (a, b) becomes func(a, b).
        '''
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        '''
        Asynchronous version of `starmap()` method.
        '''
        return self._map_async(func, iterable, starmapstar, chunksize,
                               callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        '''
        Equivalent of `map()` -- can be MUCH slower than `Pool.map()`.
        '''
        self._check_running()
        result = IMapIterator(self)
        items = list(iterable)
        result._set_length(len(items))
        self._send(result, [(result._job, i, func, (x,), {}) for i, x in enumerate(items)])
        return result

    def imap_unordered(self, func, iterable, chunksize=1):
        '''
        Like `imap()` method but ordering of results is arbitrary.
        '''
        self._check_running()
        result = IMapUnorderedIterator(self)
        items = list(iterable)
        result._set_length(len(items))
        self._send(result, [(result._job, i, func, (x,), {}) for i, x in enumerate(items)])
        return result

    def apply_async(self, func, args=(), kwds={}, callback=None,
                    error_callback=None):
        '''
        Asynchronous version of `apply()` method.
        '''
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._send(result, [(result._job, 0, func, args, kwds)])
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None,
                  error_callback=None):
        '''
        Asynchronous version of `map()` method.
        '''
        return self._map_async(func, iterable, mapstar, chunksize, callback,
                               error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        '''
        Helper function to implement map, starmap and their async counterparts.
        '''
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)

        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0

        items = list(iterable)
        chunks = [tuple(items[k:k + chunksize]) for k in range(0, len(items), chunksize or 1)]
        result = MapResult(self, chunksize, len(items), callback,
                           error_callback=error_callback)
        self._send(result, [(result._job, i, mapper, ((func, c),), {})
                            for i, c in enumerate(chunks)])
        return result

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} '
                f'state={self._state} '
                f'pool_size={len(self._pool)}>')

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            for _ in self._pool:
                self._inqueue.put(None)

    def terminate(self):
        if self._state == TERMINATE:
            return
        self._state = TERMINATE
        for p in self._pool:
            if p.exitcode is None:
                p.terminate()
        self._finish()

    def _finish(self):
        for p in self._pool:
            p.join()
        if self._result_handler.is_alive():
            self._outqueue.put(None)
            self._result_handler.join()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._finish()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class ApplyResult(object):

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._event._cond._label = 'AsyncResult.get'
        self._job = _next_job()
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        with pool._cache_lock:
            self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        else:
            raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        self._done()

    def _fail_rest(self, e):
        pass

    def _done(self):
        with self._pool._cache_lock:
            self._cache.pop(self._job, None)
        self._pool = None

    def __class_getitem__(cls, item):
        return cls


AsyncResult = ApplyResult


class MapResult(ApplyResult):

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback,
                             error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            self._done()
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                self._done()
                self._event.set()
        else:
            if not success and self._success:
                self._success = False
                self._value = result
            if self._number_left == 0:
                if self._error_callback:
                    self._error_callback(self._value)
                self._done()
                self._event.set()

    def _fail_rest(self, e):
        self._number_left = 0
        if not self._event.is_set():
            if self._error_callback:
                self._error_callback(self._value)
            self._done()
            self._event.set()


class IMapIterator(object):

    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._cond._label = 'IMapIterator.next'
        self._job = _next_job()
        self._cache = pool._cache
        self._items = []
        self._index = 0
        self._length = None
        self._unsorted = {}
        with pool._cache_lock:
            self._cache[self._job] = self

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if length == 0:
                self._finish()
            self._cond.notify()

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while not self._items:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                if not self._cond.wait(timeout):
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration from None
                    raise TimeoutError from None
            success, value = self._items.pop(0)
        self._index += 1
        if success:
            return value
        raise value

    __next__ = next

    def _finish(self):
        with self._pool._cache_lock:
            self._cache.pop(self._job, None)

    def _set(self, i, obj):
        with self._cond:
            if self._index + len(self._items) == i:
                self._items.append(obj)
                i += 1
                while i in self._unsorted:
                    obj = self._unsorted.pop(i)
                    self._items.append(obj)
                    i += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj
            if self._index + len(self._items) == self._length:
                self._finish()

    def _fail_rest(self, e):
        with self._cond:
            self._length = self._index + len(self._items)
            self._cond.notify()


class IMapUnorderedIterator(IMapIterator):

    def _set(self, i, obj):
        with self._cond:
            self._items.append(obj)
            self._cond.notify()
            if self._index + len(self._items) == self._length:
                self._finish()


class ThreadPool(Pool):
    """A Pool of threads in this process: nothing is pickled, results are the objects."""
    _wrap_exception = False

    @staticmethod
    def Process(ctx, *args, **kwds):
        return _DummyProcess(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _setup_queues(self):
        import queue
        self._inqueue = queue.SimpleQueue()
        self._outqueue = queue.SimpleQueue()

    def terminate(self):
        # Threads cannot be killed: stop handing out tasks and wait for the running ones.
        if self._state == TERMINATE:
            return
        if self._state == RUN:
            self.close()
        self._state = TERMINATE
        self._finish()


class _DummyProcess(threading.Thread):
    """multiprocessing.dummy's Process: a thread with the Process interface the pool uses."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        threading.Thread.__init__(self, group, target, name, args, kwargs)

    @property
    def exitcode(self):
        if self._started.is_set() and not self.is_alive():
            return 0
        return None

    def terminate(self):
        pass
