// The format mini-language (format(), f'{x:spec}', str.format) for int,
// float and str, following CPython 3.12's formatter_unicode.c: the same
// parse, the same checks in the same order, the same messages.

import { PyFault } from './fault';
import { floatBody } from './float-format';
import { floatRepr } from './float-repr';
import { intToFloat } from './numbers';

export interface FormatSpec {
  fill: string;
  fillGiven: boolean;
  align: '' | '<' | '>' | '^' | '=';
  sign: '' | '+' | '-' | ' ';
  noNegZero: boolean;
  alternate: boolean;
  width: number;
  grouping: '' | ',' | '_';
  precision: number; // -1: none given
  type: string; // '' when omitted
}

const ALIGNS = '<>^=';
const valueError = (msg: string): PyFault => new PyFault('ValueError', msg);

const charName = (t: string): string => {
  const cp = t.codePointAt(0) as number;
  return cp > 32 && cp < 128 ? t : `\\x${cp.toString(16)}`;
};

/** Parses a spec; `defaultType` and `defaultAlign` are the object's (str: 's', '<'; int: 'd', '>'; float: '', '>'). */
export function parseFormatSpec(spec: string, typeName: string, defaultType: string, defaultAlign: '<' | '>'): FormatSpec {
  const cps = [...spec];
  const out: FormatSpec = {
    fill: ' ', fillGiven: false, align: '', sign: '', noNegZero: false, alternate: false,
    width: -1, grouping: '', precision: -1, type: defaultType,
  };
  let pos = 0;
  const at = (i: number): string => cps[i] ?? '';
  if (cps.length >= 2 && ALIGNS.includes(at(1)) && at(1) !== '') {
    out.fill = at(0);
    out.fillGiven = true;
    out.align = at(1) as FormatSpec['align'];
    pos = 2;
  } else if (at(0) !== '' && ALIGNS.includes(at(0))) {
    out.align = at(0) as FormatSpec['align'];
    pos = 1;
  }
  if (at(pos) === '+' || at(pos) === '-' || at(pos) === ' ') out.sign = at(pos++) as FormatSpec['sign'];
  if (at(pos) === 'z') {
    out.noNegZero = true;
    pos++;
  }
  if (at(pos) === '#') {
    out.alternate = true;
    pos++;
  }
  if (at(pos) === '0' && !out.fillGiven) {
    out.fill = '0';
    if (out.align === '' && defaultAlign === '>') out.align = '=';
    pos++;
  }
  const readNumber = (): number => {
    let s = '';
    for (let c = at(pos); c >= '0' && c <= '9' && c.length === 1; c = at(pos)) s += cps[pos++];
    if (s.length > 18) throw valueError('Too many decimal digits in format string');
    return s === '' ? -1 : Number(s);
  };
  out.width = readNumber();
  if (at(pos) === ',' || at(pos) === '_') {
    out.grouping = at(pos++) as FormatSpec['grouping'];
    if (at(pos) === ',' || at(pos) === '_') {
      if (at(pos) !== out.grouping) throw valueError("Cannot specify both ',' and '_'.");
      throw valueError(`Cannot specify '${out.grouping}' with '${out.grouping}'.`);
    }
  }
  if (at(pos) === '.') {
    pos++;
    out.precision = readNumber();
    if (out.precision < 0) throw valueError('Format specifier missing precision');
  }
  if (cps.length - pos > 1) throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (cps.length - pos === 1) out.type = at(pos);
  if (out.grouping) {
    const t = out.type;
    const ok = 'defgEG%F'.includes(t) || t === '' || (out.grouping === '_' && 'boxX'.includes(t));
    if (!ok) throw valueError(`Cannot specify '${out.grouping}' with '${charName(t)}'.`);
  }
  if (out.align === '') out.align = defaultAlign;
  return out;
}

const unknownCode = (t: string, typeName: string): PyFault =>
  valueError(`Unknown format code '${charName(t)}' for object of type '${typeName}'`);

/** Pads `body` (whose sign and prefix come first) to the spec's width. Lengths count code points. */
function pad(spec: FormatSpec, lead: string, body: string): string {
  const len = [...lead].length + [...body].length;
  const total = spec.width - len;
  if (total <= 0) return lead + body;
  const fill = (n: number): string => spec.fill.repeat(n);
  switch (spec.align) {
    case '<':
      return lead + body + fill(total);
    case '^': {
      const left = Math.floor(total / 2);
      return fill(left) + lead + body + fill(total - left);
    }
    case '=':
      return lead + fill(total) + body;
    default:
      return fill(total) + lead + body;
  }
}

function group(digits: string, sep: string, size: number, minWidth: number): string {
  let d = digits;
  for (;;) {
    let out = '';
    for (let end = d.length; end > 0; end -= size) {
      const part = d.slice(Math.max(0, end - size), end);
      out = out === '' ? part : part + sep + out;
    }
    if (out.length >= minWidth) return out;
    d = '0' + d;
  }
}

/**
 * Lays out a number: sign, prefix, integer digits (grouped, and zero-filled
 * within the grouping when the fill is '0' and the alignment '='), the rest.
 */
function layoutNumber(spec: FormatSpec, negative: boolean, prefix: string, intDigits: string, rest: string, groupSize: number): string {
  const sign = negative ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
  const lead = sign + prefix;
  if (!spec.grouping) return pad(spec, lead, intDigits + rest);
  const zeroFill = spec.fill === '0' && spec.align === '=';
  const minWidth = zeroFill ? spec.width - lead.length - rest.length : 0;
  return pad(spec, lead, group(intDigits, spec.grouping, groupSize, minWidth) + rest);
}

export function formatStr(s: string, spec: string): string {
  if (spec === '') return s;
  const f = parseFormatSpec(spec, 'str', 's', '<');
  if (f.type !== 's') throw unknownCode(f.type, 'str');
  if (f.sign === ' ') throw valueError('Space not allowed in string format specifier');
  if (f.sign) throw valueError('Sign not allowed in string format specifier');
  if (f.noNegZero) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  let body = s;
  if (f.precision >= 0) {
    const cps = [...s];
    if (cps.length > f.precision) body = cps.slice(0, f.precision).join('');
  }
  return pad(f, '', body);
}

const RADIX: Record<string, [number, string]> = { b: [2, '0b'], o: [8, '0o'], x: [16, '0x'], X: [16, '0X'], d: [10, ''], n: [10, ''] };

export function formatInt(a: bigint, spec: string, typeName: string = 'int'): string {
  if (spec === '') return a.toString();
  const f = parseFormatSpec(spec, typeName, 'd', '>');
  if ('eEfFgG%'.includes(f.type) && f.type !== '') return formatFloatParsed(intToFloat(a), f);
  if (!'bcdoxXn'.includes(f.type) || f.type === '') throw unknownCode(f.type, typeName);
  if (f.precision >= 0) throw valueError('Precision not allowed in integer format specifier');
  if (f.noNegZero) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign) throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (a >= 1n << 63n || a < -(1n << 63n)) throw new PyFault('OverflowError', 'Python int too large to convert to C long');
    if (a < 0n || a > 0x10ffffn) throw new PyFault('OverflowError', '%c arg not in range(0x110000)');
    return pad(f, '', String.fromCodePoint(Number(a)));
  }
  const [radix, pre] = RADIX[f.type] as [number, string];
  let digits = (a < 0n ? -a : a).toString(radix);
  if (f.type === 'X') digits = digits.toUpperCase();
  const groupSize = radix === 10 ? 3 : 4;
  return layoutNumber(f, a < 0n, f.alternate ? pre : '', digits, '', groupSize);
}

export function formatFloat(x: number, spec: string): string {
  if (spec === '') return floatRepr(x);
  return formatFloatParsed(x, parseFormatSpec(spec, 'float', '', '>'));
}

function formatFloatParsed(x: number, f: FormatSpec): string {
  if (!'eEfFgGn%'.includes(f.type) && f.type !== '') throw unknownCode(f.type, 'float');
  if (f.precision > 2147483647) throw valueError('precision too big');
  let type = f.type;
  let precision = f.precision;
  let addDot0 = false;
  let value = x;
  let pct = '';
  if (type === '') {
    addDot0 = true;
    type = precision < 0 ? 'r' : 'g';
  }
  if (type === 'n') type = 'g';
  if (type === '%') {
    type = 'f';
    value = x * 100;
    pct = '%';
  }
  const upper = type === 'E' || type === 'F' || type === 'G';
  if (precision < 0) precision = type === 'r' ? 0 : 6;
  let body = floatBody(value, type.toLowerCase(), precision, { alternate: f.alternate, addDot0 });
  if (upper) body = body.toUpperCase();
  let negative = value < 0 || Object.is(value, -0);
  if (negative && f.noNegZero && /^[0.]+$/.test(body.replace(/e.*$/i, ''))) negative = false;
  body += pct;
  const m = /^(\d*)(.*)$/s.exec(body) as RegExpExecArray;
  const intPart = m[1] as string;
  if (intPart === '') return layoutNumber({ ...f, grouping: '' }, negative, '', body, '', 3);
  return layoutNumber(f, negative, '', intPart, m[2] as string, 3);
}
