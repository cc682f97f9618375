#
# Module providing the `Process` class which emulates `threading.Thread`
#
# After CPython 3.12's Lib/multiprocessing/process.py; the child is started with `_vm.fork`
# (a copy of this process's heap) instead of os.fork, and reaped with `_vm.wait_process`.
#

__all__ = ['BaseProcess', 'current_process', 'active_children',
           'parent_process']

import os
import sys
import threading
import _vm


def current_process():
    '''Return process object representing the current process'''
    return _current_process


def active_children():
    '''Return list of process objects corresponding to live child processes'''
    _cleanup()
    return list(_children)


def parent_process():
    '''Return process object representing the parent process'''
    return _parent_process


def _cleanup():
    for p in list(_children):
        if p._popen is not None and p._popen.poll() is not None:
            _children.discard(p)


class _Popen:
    '''Start the child with _vm.fork; its exit status is what _bootstrap returns.'''

    method = 'fork'

    def __init__(self, process_obj):
        self.returncode = None
        self.pid = _vm.fork(_child_main, (process_obj,), process_obj._name)
        self.sentinel = self.pid

    def poll(self, flag=None):
        if self.returncode is None:
            self.returncode = _vm.wait_process(self.pid, 0)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            if timeout is not None and timeout < 0:
                timeout = 0
            self.returncode = _vm.wait_process(self.pid, timeout)
        return self.returncode

    def terminate(self):
        if self.returncode is None:
            _vm.kill_process(self.pid, 15)

    def kill(self):
        if self.returncode is None:
            _vm.kill_process(self.pid, 9)

    def close(self):
        pass


def _child_main(process_obj):
    threading._after_fork()
    # CPython's random reseeds itself in a fork child (os.register_at_fork); so must we, or
    # every child would draw the parent's numbers.
    rnd = sys.modules.get('random')
    if rnd is not None and hasattr(rnd, '_inst'):
        rnd._inst.seed()
    return process_obj._bootstrap(parent_sentinel=None)


class BaseProcess:
    '''Process objects represent activity that is run in a separate process'''

    def _Popen(self, process_obj):
        return _Popen(process_obj)

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = _next_count()
        self._identity = _current_process._identity + (count,)
        self._config = dict(_current_process._config)
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + \
            ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        '''
        Method to be run in sub-process; can be overridden in sub-class
        '''
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        '''
        Start child process
        '''
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
            'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), \
            'daemonic processes are not allowed to have children'
        _cleanup()
        self._popen = self._Popen(self)
        self._sentinel = self._popen.sentinel
        del self._target, self._args, self._kwargs
        _children.add(self)

    def terminate(self):
        '''
        Terminate process; sends SIGTERM signal or uses TerminateProcess()
        '''
        self._check_closed()
        self._popen.terminate()

    def kill(self):
        '''
        Terminate process; sends SIGKILL signal or uses TerminateProcess()
        '''
        self._check_closed()
        self._popen.kill()

    def join(self, timeout=None):
        '''
        Wait until child process terminates
        '''
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = self._popen.wait(timeout)
        if res is not None:
            _children.discard(self)

    def is_alive(self):
        '''
        Return whether process is alive
        '''
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'

        if self._popen is None:
            return False

        returncode = self._popen.poll()
        if returncode is None:
            return True
        else:
            _children.discard(self)
            return False

    def close(self):
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._popen.close()
            self._popen = None
            del self._sentinel
            _children.discard(self)
        self._closed = True

    def _name_get(self):
        return self._name

    def _name_set(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    name = property(_name_get, _name_set)

    def _daemon_get(self):
        '''
        Return whether process is a daemon
        '''
        return self._config.get('daemon', False)

    def _daemon_set(self, daemonic):
        '''
        Set whether process is a daemon
        '''
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    daemon = property(_daemon_get, _daemon_set)

    def _authkey_get(self):
        return self._config.get('authkey', b'')

    def _authkey_set(self, authkey):
        self._config['authkey'] = authkey

    authkey = property(_authkey_get, _authkey_set)

    @property
    def exitcode(self):
        '''
        Return exit code of process or `None` if it has yet to stop
        '''
        self._check_closed()
        if self._popen is None:
            return self._popen
        return self._popen.poll()

    @property
    def ident(self):
        '''
        Return identifier (PID) of process or `None` if it has yet to start
        '''
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        else:
            return self._popen and self._popen.pid

    pid = ident

    @property
    def sentinel(self):
        self._check_closed()
        try:
            return self._sentinel
        except AttributeError:
            raise ValueError("process not started") from None

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.poll()
            if exitcode is not None:
                status = 'stopped'
            else:
                status = 'started'

        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            exitcode = _exitcode_to_name.get(exitcode, exitcode)
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self, parent_sentinel=None):
        global _current_process, _parent_process, _process_count, _children
        try:
            _process_count = 0
            _children = set()
            _current_process = self
            _parent_process = _ParentProcess(
                self._parent_name, self._parent_pid, parent_sentinel)
            # The child's start-up ends here: from now on its time is the program's (a child that
            # only computes has no other act that would say so, and the run's clock would stand still).
            if hasattr(_vm, 'process_started'):
                _vm.process_started()
            try:
                self.run()
                exitcode = 0
            finally:
                _exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except:
            exitcode = 1
            import traceback
            sys.stderr.write('Process %s:\n' % self.name)
            traceback.print_exc()
        finally:
            threading._shutdown()
        return exitcode


class AuthenticationString(bytes):
    pass


class _ParentProcess(BaseProcess):

    def __init__(self, name, pid, sentinel):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._sentinel = sentinel
        self._config = {}

    def is_alive(self):
        return _vm.getppid() == self._pid

    @property
    def ident(self):
        return self._pid

    def join(self, timeout=None):
        pass

    pid = ident


class _MainProcess(BaseProcess):

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {'authkey': AuthenticationString(b'vm-authkey'),
                        'semprefix': '/mp'}

    def close(self):
        pass


_parent_process = None
_current_process = _MainProcess()
_process_count = 0
_children = set()


def _next_count():
    global _process_count
    _process_count += 1
    return _process_count


# CPython builds this from the signal module, which our VM need not have.
_exitcode_to_name = {-1: '-SIGHUP', -2: '-SIGINT', -3: '-SIGQUIT', -4: '-SIGILL',
                     -5: '-SIGTRAP', -6: '-SIGABRT', -7: '-SIGBUS', -8: '-SIGFPE',
                     -9: '-SIGKILL', -10: '-SIGUSR1', -11: '-SIGSEGV', -12: '-SIGUSR2',
                     -13: '-SIGPIPE', -14: '-SIGALRM', -15: '-SIGTERM'}


def _exit_function():
    '''Terminate daemonic children and join the others, as multiprocessing.util does at exit.'''
    for p in active_children():
        if p.daemon:
            p._popen.terminate()
    for p in active_children():
        p.join()


threading._register_late_atexit(_exit_function)
