"""Keeps CPython's own modules working while our library shadows parts of the stdlib.

A real stdlib module that we do not provide (re, json, decimal, ...) is imported "real": with
our library off sys.path and our modules out of sys.modules, so it binds CPython's functools,
enum, collections. The program under test still gets OUR modules when it imports them itself.
"""
import sys
import os

LIB = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STDLIB = os.path.dirname(os.__file__)


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


# CPython modules that programs import and that import modules we shadow. They are loaded
# real at start-up (sitecustomize), before the program runs; an import hook doing this lazily
# confused the import system's bookkeeping of half-imported packages. fractions and
# statistics are left out on purpose: they run over our numbers, functools, collections,
# random and itertools, as they will on our VM.
PRELOAD = ['re', 'json', 'decimal', 'datetime', 'inspect', 'typing',
           'asyncio', 'array', 'textwrap', 'tempfile', 'numbers', 'warnings', 'signal',
           'unicodedata', 'atexit', 'weakref', 'subprocess', 'locale', 'logging', 'pprint',
           'dis', 'ast', 'types', 'io', 'struct', 'pickle', 'shutil', 'glob', 'fnmatch',
           'argparse', 'gettext', 'reprlib', 'selectors', 'socket', 'enum', 'abc']


class OursFirst:
    """CPython finds some stdlib modules (abc) frozen before it looks at sys.path; for the
    names we provide, look in our library first."""

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if _state['busy'] or '.' in name or name not in SHADOWED:
            return None
        from importlib.machinery import PathFinder
        return PathFinder.find_spec(name, [LIB])


def install():
    names = [n for n in PRELOAD if not _shadowed(n)]
    import_real(names)
    # CPython loads some modules we shadow (abc) while starting; drop them so the program's
    # own import finds ours. Modules already holding the real ones keep them.
    for k in [k for k in sys.modules if _shadowed(k)]:
        del sys.modules[k]
    sys.meta_path.insert(0, OursFirst)
