#
# Package analogous to 'threading.py' but using processes
#
# After CPython 3.12's Lib/multiprocessing/__init__.py: the default context's methods are
# this package's functions; the start method is always fork.
#

import sys
from . import context
from .process import current_process, parent_process, active_children
from .context import (ProcessError, BufferTooShort, TimeoutError, AuthenticationError,
                      Process)

__all__ = [x for x in dir(context._default_context) if not x.startswith('_')]

_ctx = context._default_context
cpu_count = _ctx.cpu_count
Manager = _ctx.Manager
Pipe = _ctx.Pipe
Lock = _ctx.Lock
RLock = _ctx.RLock
Condition = _ctx.Condition
Semaphore = _ctx.Semaphore
BoundedSemaphore = _ctx.BoundedSemaphore
Event = _ctx.Event
Barrier = _ctx.Barrier
Queue = _ctx.Queue
JoinableQueue = _ctx.JoinableQueue
SimpleQueue = _ctx.SimpleQueue
Pool = _ctx.Pool
RawValue = _ctx.RawValue
RawArray = _ctx.RawArray
Value = _ctx.Value
Array = _ctx.Array
freeze_support = _ctx.freeze_support
get_logger = _ctx.get_logger
log_to_stderr = _ctx.log_to_stderr
allow_connection_pickling = _ctx.allow_connection_pickling
set_executable = _ctx.set_executable
set_forkserver_preload = _ctx.set_forkserver_preload
get_context = _ctx.get_context
get_start_method = _ctx.get_start_method
set_start_method = _ctx.set_start_method
get_all_start_methods = _ctx.get_all_start_methods
reducer = None

SUBDEBUG = 5
SUBWARNING = 25
