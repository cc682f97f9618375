// str.encode / bytes.decode for the codecs a teaching program meets (utf-8,
// ascii, latin-1) with CPython's error handlers and error messages.

import { raise, typeName } from './types';
import type { PyVal } from './objects';

export type Codec = 'utf-8' | 'ascii' | 'latin-1';

const ALIASES: Record<string, Codec> = {
  utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', cp65001: 'utf-8',
  ascii: 'ascii', usascii: 'ascii', us: 'ascii', 'ansix3.41968': 'ascii', '646': 'ascii',
  latin1: 'latin-1', latin: 'latin-1', l1: 'latin-1', iso88591: 'latin-1', iso885911987: 'latin-1', cp819: 'latin-1', '8859': 'latin-1',
};

/** CPython's normalisation: case and `-`/`_`/space do not matter. */
export function codecOf(encoding: string): Codec {
  const key = encoding.toLowerCase().replace(/[-_ ]/g, '');
  const c = ALIASES[key];
  if (c === undefined) throw raise('LookupError', `unknown encoding: ${encoding}`);
  return c;
}

const ERRORS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape']);

function checkErrors(errors: string): void {
  if (!ERRORS.has(errors)) throw raise('LookupError', `unknown error handler name '${errors}'`);
}

function hexEscape(n: number): string {
  if (n < 0x100) return `\\x${n.toString(16).padStart(2, '0')}`;
  if (n < 0x10000) return `\\u${n.toString(16).padStart(4, '0')}`;
  return `\\U${n.toString(16).padStart(8, '0')}`;
}

function charRepr(n: number): string {
  // The character as repr() shows it inside quotes (CPython's message uses repr of the character).
  if (n >= 0x20 && n < 0x7f) return n === 0x27 ? "\\'" : n === 0x5c ? '\\\\' : String.fromCharCode(n);
  return hexEscape(n);
}

const NAMES: Record<Codec, string> = { 'utf-8': 'utf-8', ascii: 'ascii', 'latin-1': 'latin-1' };

export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  const codec = codecOf(encoding);
  checkErrors(errors);
  if (codec === 'utf-8') {
    // Lone surrogates are the only thing utf-8 cannot encode.
    if (!/[\ud800-\udfff]/.test(s) || /^(?:[^\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff])*$/.test(s)) return new TextEncoder().encode(s);
  }
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const out: number[] = [];
  const cps = [...s].map((c) => c.codePointAt(0) as number);
  for (let i = 0; i < cps.length; i++) {
    const n = cps[i] as number;
    const bad = n >= limit || (codec === 'utf-8' && n >= 0xd800 && n < 0xe000);
    if (!bad) {
      if (codec === 'utf-8') out.push(...new TextEncoder().encode(String.fromCodePoint(n)));
      else out.push(n);
      continue;
    }
    let j = i + 1;
    while (j < cps.length && ((cps[j] as number) >= limit || (codec === 'utf-8' && (cps[j] as number) >= 0xd800 && (cps[j] as number) < 0xe000))) j++;
    switch (errors) {
      case 'ignore':
        break;
      case 'replace':
        out.push(0x3f);
        break;
      case 'backslashreplace':
        for (const c of hexEscape(n)) out.push(c.charCodeAt(0));
        break;
      case 'xmlcharrefreplace':
        for (const c of `&#${n};`) out.push(c.charCodeAt(0));
        break;
      default: {
        const why = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
        // CPython names the whole run of unencodable characters when there is more than one.
        const what = j - i > 1 && codec !== 'utf-8' ? `characters in position ${i}-${j - 1}` : `character '${charRepr(n)}' in position ${i}`;
        throw raise('UnicodeEncodeError', `'${NAMES[codec]}' codec can't encode ${what}: ${why}`);
      }
    }
  }
  return Uint8Array.from(out);
}

function decodeError(codec: Codec, data: Uint8Array, start: number, end: number, why: string): never {
  const what = end - start > 1 ? `bytes in position ${start}-${end - 1}` : `byte 0x${(data[start] as number).toString(16).padStart(2, '0')} in position ${start}`;
  throw raise('UnicodeDecodeError', `'${NAMES[codec]}' codec can't decode ${what}: ${why}`);
}

/** One UTF-8 sequence at i: its code point and length, or the length of the invalid part and CPython's reason. */
function utf8At(d: Uint8Array, i: number): { cp: number; len: number } | { bad: number; why: string } {
  const b0 = d[i] as number;
  if (b0 < 0x80) return { cp: b0, len: 1 };
  let need: number, lo = 0x80, hi = 0xbf, cp: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    need = 1;
    cp = b0 & 0x1f;
  }
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    need = 2;
    cp = b0 & 0x0f;
    if (b0 === 0xe0) lo = 0xa0;
    if (b0 === 0xed) hi = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    need = 3;
    cp = b0 & 0x07;
    if (b0 === 0xf0) lo = 0x90;
    if (b0 === 0xf4) hi = 0x8f;
  } else return { bad: 1, why: 'invalid start byte' };
  for (let k = 1; k <= need; k++) {
    if (i + k >= d.length) return { bad: k, why: 'unexpected end of data' };
    const b = d[i + k] as number;
    if (b < (k === 1 ? lo : 0x80) || b > (k === 1 ? hi : 0xbf)) return { bad: k, why: 'invalid continuation byte' };
    cp = (cp << 6) | (b & 0x3f);
  }
  return { cp, len: need + 1 };
}

export function decodeBytes(data: Uint8Array, encoding: string, errors: string): string {
  const codec = codecOf(encoding);
  checkErrors(errors);
  if (codec === 'latin-1') {
    let s = '';
    for (const b of data) s += String.fromCharCode(b);
    return s;
  }
  let s = '';
  for (let i = 0; i < data.length; ) {
    const b = data[i] as number;
    let bad: number, why: string;
    if (codec === 'ascii') {
      if (b < 0x80) {
        s += String.fromCharCode(b);
        i++;
        continue;
      }
      bad = 1;
      why = 'ordinal not in range(128)';
    } else {
      const r = utf8At(data, i);
      if ('cp' in r) {
        s += String.fromCodePoint(r.cp);
        i += r.len;
        continue;
      }
      bad = r.bad;
      why = r.why;
    }
    switch (errors) {
      case 'ignore':
        break;
      case 'replace':
        s += '\ufffd';
        break;
      case 'backslashreplace':
        for (let k = i; k < i + bad; k++) s += hexEscape(data[k] as number);
        break;
      case 'surrogateescape':
        for (let k = i; k < i + bad; k++) s += String.fromCharCode(0xdc00 + (data[k] as number));
        break;
      default:
        decodeError(codec, data, i, i + bad, why);
    }
    i += bad;
  }
  return s;
}

/** The `encoding` and `errors` arguments of encode/decode/bytes()/str() (positional or keyword). */
export function codecArgs(what: string, a: PyVal[], kw: Map<string, PyVal> | null, dflt = 'utf-8'): [string, string] {
  const enc = a[0] ?? kw?.get('encoding') ?? dflt;
  const err = a[1] ?? kw?.get('errors') ?? 'strict';
  if (typeof enc !== 'string') throw raise('TypeError', `${what}() argument 'encoding' must be str, not ${typeName(enc)}`);
  if (typeof err !== 'string') throw raise('TypeError', `${what}() argument 'errors' must be str, not ${typeName(err)}`);
  return [enc, err];
}
