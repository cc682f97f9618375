"""Generic (shallow and deep) copying operations.

A smaller Lib/copy.py: containers are copied directly; other objects through __copy__ /
__deepcopy__, or by making an empty instance of their class and copying its __dict__
(what __reduce_ex__(4) amounts to for a plain class, without needing copyreg).
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), type(len), type(lambda: None), property)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if isinstance(x, _atomic) or cls in (tuple, frozenset):
        return x
    if cls is list:
        return x[:]
    if cls in (dict, set, bytearray):
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if isinstance(x, _atomic) or cls is frozenset and not x:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo):
    cls = type(x)
    if isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
        y.args = x.args if memo is None else deepcopy(x.args, memo)
    elif isinstance(x, (list, dict, set, tuple)):
        # A subclass of a container: rebuild it from its items.
        if memo is None:
            y = cls.__new__(cls, x) if isinstance(x, tuple) else cls.__new__(cls)
        else:
            y = cls.__new__(cls, deepcopy(tuple(x), memo)) if isinstance(x, tuple) \
                else cls.__new__(cls)
        if isinstance(x, list):
            y.extend(x if memo is None else deepcopy(list(x), memo))
        elif isinstance(x, dict):
            items = x.items() if memo is None else deepcopy(list(x.items()), memo)
            for k, v in items:
                dict.__setitem__(y, k, v)
        elif isinstance(x, set):
            y.update(x if memo is None else deepcopy(set(x), memo))
    else:
        try:
            y = cls.__new__(cls)
        except TypeError:
            raise Error("un(deep)copyable object of type %s" % cls)
    if memo is not None:
        memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    if state:
        if memo is not None:
            state = deepcopy(state, memo)
        setstate = getattr(type(y), '__setstate__', None)
        if setstate is not None and setstate is not getattr(object, '__setstate__', None):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    return y
