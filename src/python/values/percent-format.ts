// printf-style formatting, `fmt % args`, as CPython 3.12's PyUnicode_Format.
// The values are the host's (the VM's objects); the host converts them and
// raises the type-dependent TypeErrors (`%d format: a real number is required, not str`).

import { PyFault } from './fault';
import { floatBody } from './float-format';

export interface PercentArgs<T> {
  /** The tuple's items, or the single right-hand value as a one-item list. */
  values: readonly T[];
  /** True when the right-hand side is a tuple (its items are the arguments). */
  isTuple: boolean;
  /** Present when the right-hand side passes PyMapping_Check and is not a tuple or str (a dict, also a list): `%(key)s` looks up here. */
  getItem?: (key: string) => T;
  str(v: T): string;
  repr(v: T): string;
  ascii(v: T): string;
  /** The int for %d %i %u (floats truncate), %o %x %X (ints only) and '*' (`* wants int`); throws CPython's TypeError otherwise. */
  toInt(v: T, conversion: string): bigint;
  /** The float for %e %f %g (ints convert); throws `must be real number, not …` otherwise. */
  toFloat(v: T, conversion: string): number;
  /** For %c: the one character of a length-1 str, null when v is not a str of length 1 (then an int is tried). */
  charOf(v: T): string | null;
  /** For %c: whether v is an int (bool included). */
  isInt(v: T): boolean;
}

const typeError = (m: string): PyFault => new PyFault('TypeError', m);
const valueError = (m: string): PyFault => new PyFault('ValueError', m);

interface Conversion {
  left: boolean;
  plus: boolean;
  space: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  prec: number;
}

function padTo(c: Conversion, lead: string, body: string, numeric: boolean): string {
  const len = [...lead].length + [...body].length;
  if (c.width <= len) return lead + body;
  const n = c.width - len;
  if (c.left) return lead + body + ' '.repeat(n);
  if (numeric && c.zero) return lead + '0'.repeat(n) + body;
  return ' '.repeat(n) + lead + body;
}

const signOf = (c: Conversion, negative: boolean): string => (negative ? '-' : c.plus ? '+' : c.space ? ' ' : '');

export function percentFormat<T>(fmt: string, args: PercentArgs<T>): string {
  const cps = [...fmt];
  // A %(key) lookup replaces the arguments by the one value found, as CPython does:
  // a later '*' or key-less conversion then consumes it or finds none left.
  let values = args.values;
  let arglen = args.isTuple ? values.length : 1;
  let argidx = 0;
  const nextArg = (): T => {
    if (argidx >= arglen) throw typeError('not enough arguments for format string');
    return values[argidx++] as T;
  };
  let out = '';
  let i = 0;
  while (i < cps.length) {
    const ch = cps[i] as string;
    if (ch !== '%') {
      out += ch;
      i++;
      continue;
    }
    i++;
    if (i >= cps.length) throw valueError('incomplete format');
    if (cps[i] === '%') {
      out += '%';
      i++;
      continue;
    }
    if (cps[i] === '(') {
      if (!args.getItem) throw typeError('format requires a mapping');
      let depth = 1;
      const start = ++i;
      while (i < cps.length && depth > 0) {
        if (cps[i] === '(') depth++;
        else if (cps[i] === ')') depth--;
        i++;
      }
      if (depth > 0) throw valueError('incomplete format key');
      values = [args.getItem(cps.slice(start, i - 1).join(''))];
      arglen = 1;
      argidx = 0;
    }
    const c: Conversion = { left: false, plus: false, space: false, alt: false, zero: false, width: -1, prec: -1 };
    for (; i < cps.length; i++) {
      const f = cps[i];
      if (f === '-') c.left = true;
      else if (f === '+') c.plus = true;
      else if (f === ' ') c.space = true;
      else if (f === '#') c.alt = true;
      else if (f === '0') c.zero = true;
      else break;
    }
    const readNum = (): number => {
      if (cps[i] === '*') {
        i++;
        return Number(args.toInt(nextArg(), '*'));
      }
      let s = '';
      while (i < cps.length && /^[0-9]$/.test(cps[i] as string)) s += cps[i++];
      return s === '' ? -1 : Number(s);
    };
    c.width = readNum();
    if (c.width < 0 && cps[i - 1] === '*') {
      c.left = true;
      c.width = -c.width;
    }
    if (cps[i] === '.') {
      i++;
      c.prec = readNum();
      if (c.prec < 0) c.prec = 0;
    }
    while (cps[i] === 'h' || cps[i] === 'l' || cps[i] === 'L') i++;
    if (i >= cps.length) throw valueError('incomplete format');
    const conv = cps[i] as string;
    const at = i;
    i++;
    out += convert(conv, nextArg(), c, args, at);
  }
  if (argidx < arglen && !args.getItem) {
    throw typeError('not all arguments converted during string formatting');
  }
  return out;
}

function convert<T>(conv: string, v: T, c: Conversion, args: PercentArgs<T>, at: number): string {
  switch (conv) {
    case 's':
    case 'r':
    case 'a': {
      let s = conv === 's' ? args.str(v) : conv === 'r' ? args.repr(v) : args.ascii(v);
      if (c.prec >= 0) s = [...s].slice(0, c.prec).join('');
      return padTo(c, '', s, false);
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      const n = args.toInt(v, conv);
      const radix = conv === 'o' ? 8 : conv === 'x' || conv === 'X' ? 16 : 10;
      let digits = (n < 0n ? -n : n).toString(radix);
      if (conv === 'X') digits = digits.toUpperCase();
      if (c.prec > digits.length) digits = digits.padStart(c.prec, '0');
      const prefix = c.alt && radix !== 10 ? (conv === 'o' ? '0o' : conv === 'x' ? '0x' : '0X') : '';
      return padTo(c, signOf(c, n < 0n) + prefix, digits, true);
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      const x = args.toFloat(v, conv);
      const prec = c.prec < 0 ? 6 : c.prec;
      let body = floatBody(x, conv.toLowerCase(), prec, { alternate: c.alt, addDot0: false });
      if (conv === 'E' || conv === 'F' || conv === 'G') body = body.toUpperCase();
      return padTo(c, signOf(c, x < 0 || Object.is(x, -0)), body, true);
    }
    case 'c': {
      const ch = args.charOf(v);
      if (ch !== null) return padTo(c, '', ch, false);
      if (!args.isInt(v)) throw typeError('%c requires int or char');
      const n = args.toInt(v, 'c');
      if (n < 0n || n > 0x10ffffn) throw new PyFault('OverflowError', '%c arg not in range(0x110000)');
      return padTo(c, '', String.fromCodePoint(Number(n)), false);
    }
    default: {
      const cp = conv.codePointAt(0) as number;
      const shown = cp >= 32 && cp < 127 ? conv : '?';
      throw valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${at}`);
    }
  }
}
