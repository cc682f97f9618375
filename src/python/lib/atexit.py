"""atexit: register functions to be called when the program ends.

CPython's atexit is C; here the callbacks join multiprocessing's exit hook in one list that
threading._shutdown() runs after joining the threads, last registered first, as CPython does.
"""
import sys
import threading
import _vm

__all__ = ['register', 'unregister']

_callbacks = []


def register(func, *args, **kwargs):
    """Register a function to be executed upon normal program termination."""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    threading._register_late_atexit(_Callback(func, args, kwargs))
    return func


class _Callback:
    def __init__(self, func, args, kwargs):
        self.func = func
        self.args = args
        self.kwargs = kwargs

    def __call__(self):
        if not any(c[0] is self.func and c[1] is self.args for c in _callbacks):
            return  # unregistered
        try:
            self.func(*self.args, **self.kwargs)
        except BaseException as e:
            tb = getattr(e, '__traceback__', None)
            if tb is not None and getattr(tb, 'tb_next', None) is not None:
                # Drop this frame: CPython calls the callback from C.
                e = e.with_traceback(tb.tb_next)
            sys.stderr.write('Exception ignored in atexit callback: %r\n' % (self.func,)
                             + _vm.format_exception(e))


def unregister(func):
    """Unregister an exit function which was previously registered using atexit.register"""
    _callbacks[:] = [c for c in _callbacks if c[0] != func]


def _clear():
    del _callbacks[:]


def _run_exitfuncs():
    for c in reversed(threading._late_atexits):
        if isinstance(c, _Callback):
            c()
    _clear()


def _ncallbacks():
    return len(_callbacks)
