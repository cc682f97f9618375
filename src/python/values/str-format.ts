// str.format and str.format_map: CPython 3.12's parse of '{name.attr[key]!r:spec}'
// (unicode_format.h), with its errors raised at the same points. Looking up
// fields, converting and formatting values are the host's (they run Python code).

import { PyFault } from './fault';

export type FieldKey = { attr: true; name: string } | { attr: false; key: string | number };

export interface FieldName {
  /** An argument position (explicit or automatic), or a keyword name. */
  first: number | string;
  /** The .attr and [key] steps, applied in order. */
  rest: FieldKey[];
  /** A parse error CPython raises only after applying `rest` (it parses lazily). */
  restError: PyFault | null;
}

export interface StrFormatHost<T> {
  /** args[i]; CPython: IndexError `Replacement index 5 out of range for positional args tuple`. */
  positional(index: number): T;
  /** kwargs[name]; KeyError otherwise. */
  keyword(name: string): T;
  getattr(obj: T, name: string): T;
  getitem(obj: T, key: string | number): T;
  convert(obj: T, conversion: 'r' | 's' | 'a'): T;
  /** format(obj, spec) as a str. */
  format(obj: T, spec: string): string;
}

const valueError = (m: string): PyFault => new PyFault('ValueError', m);

/** Automatic field numbering state, shared by a format string and its nested specs. */
export class AutoNumber {
  private state: 'init' | 'auto' | 'manual' = 'init';
  private next = 0;

  /** The index for a field whose first part is empty (automatic) or numeric (manual). */
  resolve(empty: boolean, explicit: number): number {
    if (this.state === 'init') this.state = empty ? 'auto' : 'manual';
    if (this.state === 'manual' && empty) throw valueError('cannot switch from manual field specification to automatic field numbering');
    if (this.state === 'auto' && !empty) throw valueError('cannot switch from automatic field numbering to manual field specification');
    return empty ? this.next++ : explicit;
  }
}

const integerOf = (s: string): number => {
  if (s === '' || !/^[0-9]+$/.test(s)) return -1;
  if (s.length > 18) throw valueError('Too many decimal digits in format string');
  return Number(s);
};

export function parseFieldName(name: string, auto: AutoNumber): FieldName {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const firstText = name.slice(0, i);
  const idx = integerOf(firstText);
  const empty = firstText === '';
  const first = empty || idx >= 0 ? auto.resolve(empty, idx) : firstText;
  const rest: FieldKey[] = [];
  let restError: PyFault | null = null;
  while (i < name.length && restError === null) {
    const c = name[i++];
    if (c === '.') {
      const start = i;
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
      if (i === start) restError = valueError('Empty attribute in format string');
      else rest.push({ attr: true, name: name.slice(start, i) });
    } else if (c === '[') {
      const start = i;
      while (i < name.length && name[i] !== ']') i++;
      if (i >= name.length) {
        restError = valueError("Missing ']' in format string");
        break;
      }
      const key = name.slice(start, i++);
      if (key === '') restError = valueError('Empty attribute in format string');
      else {
        const k = integerOf(key);
        rest.push({ attr: false, key: k >= 0 ? k : key });
      }
    } else restError = valueError("Only '.' or '[' may follow ']' in format field specifier");
  }
  return { first, rest, restError };
}

export type FormatItem =
  | { literal: string }
  | { field: string; conversion: string | null; spec: string; specHasFields: boolean };

/** Splits a format string into literal text and fields (MarkupIterator), raising its parse errors. */
export function parseFormatString(fmt: string): FormatItem[] {
  const items: FormatItem[] = [];
  let pos = 0;
  const n = fmt.length;
  while (pos < n) {
    const start = pos;
    let c = '';
    let markup = false;
    while (pos < n) {
      c = fmt[pos++] as string;
      if (c === '{' || c === '}') {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= n;
    let len = pos - start;
    if (markup && c === '}' && (atEnd || fmt[pos] !== '}')) throw valueError("Single '}' encountered in format string");
    if (markup && atEnd && c === '{') throw valueError("Single '{' encountered in format string");
    if (markup) {
      if (fmt[pos] === c) {
        pos++;
        markup = false;
      } else len--;
    }
    if (len > 0) items.push({ literal: fmt.slice(start, start + len) });
    if (!markup) continue;
    // The field: its name runs to '}', ':' or '!' (a '[' skips to its ']').
    const nameStart = pos;
    let t = '';
    while (pos < n) {
      t = fmt[pos++] as string;
      if (t === '{') throw valueError("unexpected '{' in field name");
      if (t === '[') {
        while (pos < n && fmt[pos] !== ']') pos++;
        t = '';
        continue;
      }
      if (t === '}' || t === ':' || t === '!') break;
      t = '';
    }
    const field = fmt.slice(nameStart, t === '' ? pos : pos - 1);
    let conversion: string | null = null;
    if (t === '!' || t === ':') {
      if (t === '!') {
        if (pos >= n) throw valueError('end of string while looking for conversion specifier');
        conversion = String.fromCodePoint(fmt.codePointAt(pos) as number);
        pos += conversion.length;
        if (pos < n) {
          const d = fmt[pos++];
          if (d === '}') {
            items.push({ field, conversion, spec: '', specHasFields: false });
            continue;
          }
          if (d !== ':') throw valueError("expected ':' after conversion specifier");
        }
      }
      const specStart = pos;
      let depth = 1;
      let nested = false;
      let closed = false;
      while (pos < n) {
        const s = fmt[pos++];
        if (s === '{') {
          nested = true;
          depth++;
        } else if (s === '}' && --depth === 0) {
          closed = true;
          break;
        }
      }
      if (!closed) throw valueError("unmatched '{' in format spec");
      items.push({ field, conversion, spec: fmt.slice(specStart, pos - 1), specHasFields: nested });
    } else if (t !== '}') {
      throw valueError("expected '}' before end of string");
    } else {
      items.push({ field, conversion: null, spec: '', specHasFields: false });
    }
  }
  return items;
}

function build<T>(fmt: string, host: StrFormatHost<T>, depth: number, auto: AutoNumber): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  let out = '';
  for (const item of parseFormatString(fmt)) {
    if ('literal' in item) {
      out += item.literal;
      continue;
    }
    const name = parseFieldName(item.field, auto);
    let obj = typeof name.first === 'number' ? host.positional(name.first) : host.keyword(name.first);
    for (const step of name.rest) obj = step.attr ? host.getattr(obj, step.name) : host.getitem(obj, step.key);
    if (name.restError) throw name.restError;
    if (item.conversion !== null) {
      const conv = item.conversion;
      if (conv !== 'r' && conv !== 's' && conv !== 'a') {
        const cp = conv.codePointAt(0) as number;
        throw valueError(`Unknown conversion specifier ${cp > 32 && cp < 127 ? conv : '\\x' + cp.toString(16)}`);
      }
      obj = host.convert(obj, conv);
    }
    const spec = item.specHasFields ? build(item.spec, host, depth - 1, auto) : item.spec;
    out += host.format(obj, spec);
  }
  return out;
}

/** fmt.format(*args, **kwargs) (or format_map) over the host's values. */
export function strFormat<T>(fmt: string, host: StrFormatHost<T>): string {
  return build(fmt, host, 2, new AutoNumber());
}
