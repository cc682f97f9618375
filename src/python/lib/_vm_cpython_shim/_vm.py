"""CONTRACTS.md section 3 (`_vm`) implemented on real CPython 3.12, so the library in
src/python/lib can be tested before our VM exists.

CPython's own modules that this shim needs (pickle, traceback, ...) import modules our library
shadows (functools, collections, ...). They are therefore imported with our library removed
from sys.path, and afterwards the real copies are taken out of sys.modules again so the program
under test gets ours.
"""
import sys
import os
import _thread
import time as _time

from _shim_real import import_real as _import_real

_pickle_mod, _traceback, _mmap, _struct, _mp = _import_real(
    ['pickle', 'traceback', 'mmap', 'struct', '_multiprocessing'])

TIMEOUT_MAX = _thread.TIMEOUT_MAX

# --- threads -------------------------------------------------------------------------------

_main_ident = _thread.get_ident()


def start_thread(func, args, kwargs, name, daemon, done_lock):
    def run():
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            sys.stderr.write(format_exception(e))
        finally:
            done_lock.release()
    return _thread.start_new_thread(run, ())


def get_ident():
    return _thread.get_ident()


def get_native_id():
    return _thread.get_native_id()


def main_ident():
    return _main_ident


def set_thread_name(ident, name):
    pass


def allocate_lock(label=None):
    return _thread.allocate_lock()


def format_exception(exc):
    return ''.join(_traceback.format_exception(type(exc), exc, exc.__traceback__))


def write(fd, text):
    stream = sys.stdout if fd == 1 else sys.stderr
    stream.write(text)
    stream.flush()

# --- processes -----------------------------------------------------------------------------

_statuses = {}


def fork(func, args, name=None):
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        global _main_ident
        _main_ident = _thread.get_ident()
        code = 1
        try:
            code = func(*args)
        finally:
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            finally:
                os._exit(code if isinstance(code, int) else 1)
    return pid


def _decode(status):
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


def wait_process(pid, timeout=None):
    if pid in _statuses:
        return _statuses[pid]
    deadline = None if timeout is None else _time.monotonic() + timeout
    delay = 0.0005
    while True:
        got, status = os.waitpid(pid, os.WNOHANG)
        if got == pid:
            _statuses[pid] = _decode(status)
            return _statuses[pid]
        if deadline is not None and _time.monotonic() >= deadline:
            return None
        _time.sleep(delay)
        delay = min(delay * 2, 0.005)


def kill_process(pid):
    if pid not in _statuses:
        try:
            os.kill(pid, 15)
        except ProcessLookupError:
            pass


def getpid():
    return os.getpid()


def getppid():
    return os.getppid()


def cpu_count():
    return os.cpu_count()

# --- cross-process primitives --------------------------------------------------------------

_SEM_MAX = _mp.SemLock.SEM_VALUE_MAX
_names = [0]


def _semlock(value, maxvalue):
    _names[0] += 1
    name = '/vmshim-%d-%d' % (os.getpid(), _names[0])
    return _mp.SemLock(1, value, maxvalue, name, True)


def _acquire(sem, block, timeout):
    if not block:
        return sem.acquire(False)
    if timeout is not None and timeout < 0:
        timeout = 0
    return sem.acquire(True, timeout)


class _Channel:
    def __init__(self, maxsize):
        self.r, self.w = os.pipe()
        self.rlock = _semlock(1, 1)
        self.wlock = _semlock(1, 1)
        self.items = _semlock(0, _SEM_MAX)
        self.slots = _semlock(maxsize, maxsize) if maxsize > 0 else None


_channels = []


def channel_new(maxsize):
    _channels.append(_Channel(maxsize))
    return len(_channels) - 1


def channel_put(ch, obj, block=True, timeout=None):
    c = _channels[ch]
    data = _pickle_mod.dumps(obj)
    if c.slots is not None and not _acquire(c.slots, block, timeout):
        return False
    msg = _struct.pack('!I', len(data)) + data
    with c.wlock:
        view = memoryview(msg)
        while view:
            n = os.write(c.w, view)
            view = view[n:]
    c.items.release()
    return True


def _read(fd, n):
    parts = []
    while n:
        b = os.read(fd, n)
        if not b:
            raise EOFError
        parts.append(b)
        n -= len(b)
    return b''.join(parts)


def channel_get(ch, block=True, timeout=None):
    c = _channels[ch]
    if not _acquire(c.items, block, timeout):
        return (False, None)
    with c.rlock:
        size = _struct.unpack('!I', _read(c.r, 4))[0]
        data = _read(c.r, size)
    if c.slots is not None:
        c.slots.release()
    return (True, _pickle_mod.loads(data))


def channel_qsize(ch):
    return _channels[ch].items._get_value()


_xlocks = []


def xlock_new():
    _xlocks.append(_semlock(1, 1))
    return len(_xlocks) - 1


def xlock_acquire(h, block=True, timeout=None):
    return _acquire(_xlocks[h], block, timeout)


def xlock_release(h):
    _xlocks[h].release()


_shared = []


def shared_new(typecode, values):
    size = _struct.calcsize(typecode)
    buf = _mmap.mmap(-1, max(1, size * len(values)))
    _shared.append((buf, typecode, size, len(values)))
    h = len(_shared) - 1
    for i, v in enumerate(values):
        shared_set(h, i, v)
    return h


def shared_get(h, i):
    buf, tc, size, n = _shared[h]
    if not 0 <= i < n:
        raise IndexError('invalid index')
    return _struct.unpack_from(tc, buf, i * size)[0]


def shared_set(h, i, v):
    buf, tc, size, n = _shared[h]
    if not 0 <= i < n:
        raise IndexError('invalid index')
    _struct.pack_into(tc, buf, i * size, v)


def shared_len(h):
    return _shared[h][3]
