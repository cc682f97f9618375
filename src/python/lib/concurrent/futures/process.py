# Copyright 2009 Brian Quinlan. All Rights Reserved.
# Licensed to PSF under a Contributor Agreement.
#
# ProcessPoolExecutor after CPython 3.12's Lib/concurrent/futures/process.py, smaller: with the
# fork start method CPython starts every worker at the first submit; so do we. Calls travel on
# a `_vm` channel; a result thread in the parent completes the futures. A call that cannot be
# pickled fails its future, as CPython's queue feeder makes it.

"""Implements ProcessPoolExecutor."""

__author__ = 'Brian Quinlan (brian@sweetapp.com)'

import os
import threading
import _vm
from concurrent.futures import _base
import multiprocessing as mp
from multiprocessing.context import ForkProcess

_global_shutdown = False


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class BrokenProcessPool(_base.BrokenExecutor):
    """
    Raised when a process in a ProcessPoolExecutor terminated abruptly
    while a future was in the running state.
    """


def _process_worker(call_queue, result_queue, initializer, initargs, max_tasks=None):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            return
    while True:
        ok, call_item = _vm.channel_get(call_queue)
        if call_item is None:
            return
        work_id, fn, args, kwargs = call_item
        try:
            r = (work_id, True, fn(*args, **kwargs), None)
        except BaseException as e:
            tb = '\n"""\n%s"""' % _vm.format_exception(e)
            r = (work_id, False, e, tb)
        try:
            _vm.channel_put(result_queue, r)
        except BaseException as e:
            _vm.channel_put(result_queue, (work_id, False, e, None))
        del call_item, fn, args, kwargs, r


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        if max_workers is None:
            self._max_workers = os.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._initializer = initializer
        self._initargs = initargs
        self._processes = {}
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._broken = False
        self._queue_count = 0
        self._pending_work_items = {}
        self._call_queue = _vm.channel_new(0)
        self._result_queue = _vm.channel_new(0)
        self._result_thread = None

    def _start_workers(self):
        for _ in range(self._max_workers):
            p = ForkProcess(target=_process_worker,
                            args=(self._call_queue, self._result_queue,
                                  self._initializer, self._initargs))
            p.start()
            self._processes[p.pid] = p
        # Named like CPython's one helper thread (_ExecutorManagerThread, a plain 'Thread-N').
        self._result_thread = threading.Thread(target=self._handle_results, daemon=True,
                                               name=threading._newname("Thread-%d"))
        self._result_thread.start()

    def _handle_results(self):
        while True:
            ok, item = _vm.channel_get(self._result_queue)
            if item is None:
                return
            work_id, success, value, tb = item
            with self._shutdown_lock:
                f = self._pending_work_items.pop(work_id, None)
            if f is None:
                continue
            if success:
                f.set_result(value)
            else:
                if tb is not None:
                    value.__cause__ = _RemoteTraceback(tb)
                f.set_exception(value)

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')

            f = _base.Future()
            work_id = self._queue_count
            self._queue_count += 1
            if self._result_thread is None:
                self._start_workers()
            self._pending_work_items[work_id] = f
        f.set_running_or_notify_cancel()
        try:
            _vm.channel_put(self._call_queue, (work_id, fn, args, kwargs))
        except BaseException as e:
            with self._shutdown_lock:
                self._pending_work_items.pop(work_id, None)
            f.set_exception(e)
        return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            if self._shutdown_thread:
                return
            self._shutdown_thread = True
        if self._result_thread is None:
            return
        for _ in self._processes:
            _vm.channel_put(self._call_queue, None)
        if wait:
            for p in self._processes.values():
                p.join()
            _vm.channel_put(self._result_queue, None)
            self._result_thread.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
