"""Keeps CPython's own modules working while our library shadows parts of the stdlib.

A real stdlib module that we do not provide (re, json, decimal, ...) is imported "real": with
our library off sys.path and our modules out of sys.modules, so it binds CPython's functools,
enum, collections. The program under test still gets OUR modules when it imports them itself.
"""
import sys
import os
from importlib.machinery import PathFinder

LIB = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STDLIB = os.path.dirname(os.__file__)
_STDLIB_PATH = [STDLIB, os.path.join(STDLIB, 'lib-dynload')]


def _ours():
    names = set()
    for entry in os.listdir(LIB):
        if entry.startswith('_vm_cpython_shim'):
            continue
        if entry.endswith('.py'):
            names.add(entry[:-3])
        elif os.path.isfile(os.path.join(LIB, entry, '__init__.py')):
            names.add(entry)
    return names


SHADOWED = _ours()
_state = {'busy': False}


def _shadowed(mod):
    return mod.split('.')[0] in SHADOWED


def import_real(names):
    stash = {k: v for k, v in sys.modules.items() if _shadowed(k)}
    for k in stash:
        del sys.modules[k]
    saved_path = sys.path[:]
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or '.') != LIB]
    was_busy = _state['busy']
    _state['busy'] = True
    try:
        got = [__import__(n, fromlist=['_']) for n in names]
    finally:
        _state['busy'] = was_busy
        sys.path[:] = saved_path
        for k in [k for k in sys.modules if _shadowed(k)]:
            del sys.modules[k]
        sys.modules.update(stash)
    return got


class _Loaded:
    def __init__(self, module):
        self.module = module

    def create_module(self, spec):
        return self.module

    def exec_module(self, module):
        pass


class RealStdlibFinder:
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if _state['busy'] or '.' in name or _shadowed(name) or name == '_vm':
            return None
        if name in sys.builtin_module_names:
            return None
        spec = PathFinder.find_spec(name, _STDLIB_PATH)
        if spec is None:
            return None
        module = import_real([name])[0]
        from importlib.util import spec_from_loader
        return spec_from_loader(name, _Loaded(module), origin=spec.origin)


def install():
    if RealStdlibFinder not in sys.meta_path:
        sys.meta_path.insert(0, RealStdlibFinder)
