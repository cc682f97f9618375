"""Extract, format and print information about Python stack traces.

A small subset of CPython's Lib/traceback.py: the formatting itself is the VM's
(`_vm.format_exception`, the text CPython prints for an uncaught exception).
"""
import sys
import _vm

__all__ = ['format_exc', 'print_exc', 'format_exception', 'print_exception',
           'format_exception_only', 'print_last', 'format_tb']

_sentinel = object()


def _exc_of(exc, value):
    # CPython accepts print_exception(exc) and the old (type, value, tb) form.
    if value is not _sentinel and value is not None:
        return value
    if isinstance(exc, BaseException):
        return exc
    return None


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    e = _exc_of(exc, value)
    if e is None:
        return ['NoneType: None\n']
    text = _vm.format_exception(e)
    return [line + '\n' for line in text.rstrip('\n').split('\n')]


def format_exception_only(exc, /, value=_sentinel):
    e = _exc_of(exc, value)
    if e is None:
        return ['NoneType: None\n']
    text = _vm.format_exception_only(e)
    return [line + '\n' for line in text.rstrip('\n').split('\n')]


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    file.write(''.join(format_exception(exc, value, tb, limit, chain)))


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    raise NotImplementedError('traceback.format_tb is not supported yet')
