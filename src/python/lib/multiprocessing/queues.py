#
# Module implementing queues
#
# After CPython 3.12's Lib/multiprocessing/queues.py. CPython pipes pickled items through a
# feeder thread; here a `_vm` channel (outside every heap, so it survives fork) carries copies.
#

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']

import sys
import _vm
from queue import Empty, Full
from . import synchronize
from .context import InheritOnly

_SEM_VALUE_MAX = 2147483647


def _timeout(timeout):
    if timeout is not None and timeout < 0:
        return 0
    return timeout


def _feed(ch, obj, block, timeout):
    # CPython pickles queue items in a feeder thread: an item that cannot be pickled is
    # reported on stderr there and dropped, and put() itself returns normally.
    try:
        return _vm.channel_put(ch, obj, block, timeout)
    except Exception as e:
        sys.stderr.write(_vm.format_exception(e))
        return True


class Queue(InheritOnly):

    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = _SEM_VALUE_MAX
        self._maxsize = maxsize
        self._ch = _vm.channel_new(0 if maxsize == _SEM_VALUE_MAX else maxsize)
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        if not _feed(self._ch, obj, block, _timeout(timeout)):
            raise Full

    def get(self, block=True, timeout=None):
        self._check_closed()
        ok, obj = _vm.channel_get(self._ch, block, _timeout(timeout))
        if not ok:
            raise Empty
        return obj

    def qsize(self):
        return _vm.channel_qsize(self._ch)

    def empty(self):
        return _vm.channel_qsize(self._ch) == 0

    def full(self):
        return _vm.channel_qsize(self._ch) >= self._maxsize

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        pass

    def __class_getitem__(cls, item):
        return cls


class JoinableQueue(Queue):

    def __init__(self, maxsize=0, *, ctx=None):
        Queue.__init__(self, maxsize)
        self._lock = synchronize.Lock()
        self._unfinished = _vm.shared_new('i', [0])
        self._all_done = synchronize.Event()
        self._all_done.set()

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        with self._lock:
            _vm.shared_set(self._unfinished, 0, _vm.shared_get(self._unfinished, 0) + 1)
            self._all_done.clear()
        try:
            Queue.put(self, obj, block, timeout)
        except BaseException:
            self._task_finished()
            raise

    def _task_finished(self):
        with self._lock:
            n = _vm.shared_get(self._unfinished, 0)
            if n <= 0:
                raise ValueError('task_done() called too many times')
            _vm.shared_set(self._unfinished, 0, n - 1)
            if n == 1:
                self._all_done.set()

    def task_done(self):
        self._task_finished()

    def join(self):
        while _vm.shared_get(self._unfinished, 0):
            self._all_done.wait()


class SimpleQueue(InheritOnly):

    def __init__(self, *, ctx=None):
        self._ch = _vm.channel_new(0)
        self._closed = False

    def close(self):
        self._closed = True

    def empty(self):
        return _vm.channel_qsize(self._ch) == 0

    def get(self):
        return _vm.channel_get(self._ch, True, None)[1]

    def put(self, obj):
        _vm.channel_put(self._ch, obj, True, None)

    def __class_getitem__(cls, item):
        return cls
