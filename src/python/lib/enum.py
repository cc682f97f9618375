"""Enum, IntEnum, StrEnum, auto and unique: a small version of CPython 3.12's Lib/enum.py.

The metaclass (unavoidable for an Enum) collects the members after the class body has run,
instead of through a custom __prepare__ dict, and resolves auto() values in definition order.
Reprs, str(), lookups and messages are CPython's. Flag is STRICT and IntFlag KEEP, their
3.12 defaults; the boundary= keyword is not supported.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'ReprEnum', 'Flag',
           'IntFlag', 'auto', 'unique']


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=None):
        self.value = value if value is not None else _auto_null

    def __repr__(self):
        return "auto(%r)" % (self.value,)


_auto_null = object()


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and
            name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and
            name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    return len(name) > len(pattern) and name.startswith(pattern)


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or
            hasattr(obj, '__delete__'))


def _member_type(bases):
    for base in bases:
        for klass in base.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                if klass._member_type_ is not object:
                    return klass._member_type_
                continue
            return klass
    return object


_enum_machinery_ready = False
_Flag = None


class EnumType(type):
    """Metaclass for Enum"""

    def __new__(metacls, cls, bases, classdict, **kwds):
        member_names = []
        if _enum_machinery_ready:
            for key, value in list(classdict.items()):
                if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key):
                    continue
                if _is_descriptor(value) and not isinstance(value, auto):
                    continue
                member_names.append(key)
        raw = {}
        for key in member_names:
            raw[key] = classdict.pop(key)

        enum_class = super().__new__(metacls, cls, bases, dict(classdict), **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._member_type_ = _member_type(bases)
        if not _enum_machinery_ready:
            return enum_class
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend <enum %r>'
                                % (cls, base.__name__))

        member_type = enum_class._member_type_
        custom_new = classdict.get('__new__')
        if custom_new is None:
            for base in bases:
                for klass in base.__mro__:
                    if isinstance(klass, EnumType) and '_new_member_' in klass.__dict__:
                        custom_new = klass.__dict__['_new_member_']
                        break
                if custom_new is not None:
                    break
        last_values = []
        for name in member_names:
            value = raw[name]
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(
                        name, 1, len(last_values), last_values[:])
                value = value.value
            if isinstance(value, tuple):
                args = value
            else:
                args = (value,)
            if member_type is tuple:
                args = (args,)
            if custom_new is not None:
                member = custom_new(enum_class, *args)
            elif member_type is object:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            if not hasattr(member, '_value_'):
                if member_type is object:
                    member._value_ = value
                else:
                    member._value_ = member_type(*args)
            value = member._value_
            member._name_ = name
            member.__objclass__ = enum_class
            init = getattr(enum_class, '__init__', None)
            if init is not None and init is not object.__init__ and \
                    init is not getattr(member_type, '__init__', None) and \
                    init is not Enum.__init__:
                member.__init__(*args)
            canonical = None
            for existing in enum_class._member_map_.values():
                if existing._value_ == value:
                    canonical = existing
                    break
            if canonical is not None:
                member = canonical
            elif _Flag is not None and issubclass(enum_class, _Flag) and isinstance(value, int) \
                    and (value <= 0 or value & (value - 1)):
                pass  # a flag's zero and multi-bit members are aliases, not listed (3.12)
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, member)
            last_values.append(raw[name].value if isinstance(raw[name], auto) else raw[name])
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            # Enum.__new__ looks members up; a mixin's __new__ (int's) made them.
            return Enum.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls, ) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        classdict = {}
        if names and isinstance(names[0], str) and not isinstance(names, dict):
            items = []
            for i, name in enumerate(names):
                items.append((name, cls._generate_next_value_(name, start, i,
                                                              [v for _, v in items])))
        elif isinstance(names, dict):
            items = list(names.items())
        else:
            items = list(names)
        for name, value in items:
            classdict[name] = value
        if module is None:
            module = '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return EnumType.__new__(EnumType, class_name, bases, classdict)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in [m._value_ for m in cls._member_map_.values()]

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if _Flag is not None and issubclass(cls, _Flag) else 'enum'
        return "<%s %r>" % (kind, cls.__name__)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name, ))
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None:
            raise ve_exc
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last_value, )) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_, )

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_, )

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_

    _value_repr_ = None


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    def __str__(self):
        return int.__repr__(self)

    __repr__ = Enum.__repr__
    __reduce_ex__ = Enum.__reduce_ex__
    __dir__ = Enum.__dir__

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)

    _value_repr_ = int.__repr__


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def _new_member_(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values, ))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0], ))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    __repr__ = Enum.__repr__
    __reduce_ex__ = Enum.__reduce_ex__
    __dir__ = Enum.__dir__

    def __format__(self, format_spec):
        return str.__format__(self, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    _value_repr_ = str.__repr__


def _bin(num, max_bits=None):
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class Flag(Enum):
    """Support for flags: members combine with |, & and ^."""

    _keep_extra_bits_ = False

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _flag_mask(cls):
        mask = 0
        for m in cls._member_map_.values():
            mask |= m._value_
        return mask

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask()
        if value < 0:
            value = value & mask if not cls._keep_extra_bits_ else value
        if value & ~mask and not cls._keep_extra_bits_:
            max_bits = max(value.bit_length(), mask.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                             % (cls, value, _bin(value, max_bits), _bin(mask, max_bits)))
        member_type = cls._member_type_
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = member_type.__new__(cls, value)
        pseudo._value_ = value
        if value == 0:
            pseudo._name_ = None
        else:
            names = [m._name_ for m in cls._single_bits() if m._value_ & value]
            extra = value & ~mask
            if extra:
                names.append(str(extra))
            pseudo._name_ = '|'.join(names)
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _single_bits(cls):
        members = [m for m in cls._member_map_.values()
                   if m._value_ and m._value_ & (m._value_ - 1) == 0]
        seen = []
        for m in sorted(members, key=lambda m: m._value_):
            if m not in seen:
                seen.append(m)
        return seen

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter([m for m in self._single_bits() if m._value_ & self._value_])

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        return self.__class__(self._flag_mask() ^ self._value_ & self._flag_mask())

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags"""

    _keep_extra_bits_ = True

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)

    __repr__ = Flag.__repr__
    __reduce_ex__ = Enum.__reduce_ex__
    __dir__ = Enum.__dir__
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __bool__ = Flag.__bool__
    _value_repr_ = int.__repr__


_Flag = Flag
_enum_machinery_ready = True


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(
            ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                         (enumeration, alias_details))
    return enumeration
