"""A collection of string constants and the Template class.

After CPython 3.12's Lib/string.py. Template's pattern is matched by hand (the VM has no re);
Formatter is left out (CPython builds it on the C module _string).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}


def _is_ident_start(c):
    return c == '_' or ('a' <= c.lower() <= 'z')


def _is_ident_char(c):
    return _is_ident_start(c) or '0' <= c <= '9'


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields (kind, text, position): 'text' runs, 'named', 'escaped' and 'invalid'.
        t = self.template
        d = self.delimiter
        i = 0
        n = len(t)
        start = 0
        while i < n:
            if t.startswith(d, i):
                if start < i:
                    yield 'text', t[start:i], start
                j = i + len(d)
                if t.startswith(d, j):
                    yield 'escaped', d, i
                    i = j + len(d)
                elif j < n and t[j] == '{':
                    k = j + 1
                    if k < n and _is_ident_start(t[k]):
                        m = k + 1
                        while m < n and _is_ident_char(t[m]):
                            m += 1
                        if m < n and t[m] == '}':
                            yield 'named', t[k:m], i
                            i = m + 1
                            start = i
                            continue
                    yield 'invalid', '', i
                    i = j
                elif j < n and _is_ident_start(t[j]):
                    m = j + 1
                    while m < n and _is_ident_char(t[m]):
                        m += 1
                    yield 'named', t[j:m], i
                    i = m
                else:
                    yield 'invalid', '', i
                    i = j
                start = i
            else:
                i += 1
        if start < n:
            yield 'text', t[start:], start

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for kind, text, pos in self._scan():
            if kind == 'named':
                out.append('%s' % (mapping[text],))
            elif kind == 'invalid':
                self._invalid(pos)
            else:
                out.append(text)
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        t = self.template
        for kind, text, pos in self._scan():
            if kind == 'named':
                try:
                    out.append('%s' % (mapping[text],))
                except KeyError:
                    end = t.index('}', pos) + 1 if t.startswith(self.delimiter + '{', pos) \
                        else pos + len(self.delimiter) + len(text)
                    out.append(t[pos:end])
            elif kind == 'invalid':
                out.append(self.delimiter)
            else:
                out.append(text)
        return ''.join(out)

    def is_valid(self):
        return all(kind != 'invalid' for kind, _, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for kind, text, pos in self._scan():
            if kind == 'named' and text not in ids:
                ids.append(text)
        return ids


class _ChainMap:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        raise KeyError(key)
