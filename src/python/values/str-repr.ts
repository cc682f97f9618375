// repr() and ascii() of a str, escape for escape as CPython's unicode_repr.

const NON_PRINTABLE = /^[\p{C}\p{Z}]$/u;

const hex = (cp: number, width: number): string => cp.toString(16).padStart(width, '0');

/** Python's str.isprintable() for one code point. */
export function isPrintableCp(cp: number): boolean {
  if (cp === 0x20) return true;
  if (cp < 0x20 || cp === 0x7f) return false;
  if (cp < 0x7f) return true;
  return !NON_PRINTABLE.test(String.fromCodePoint(cp));
}

function escapeCp(cp: number): string {
  if (cp < 0x100) return '\\x' + hex(cp, 2);
  if (cp < 0x10000) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

function quoteFor(s: string): string {
  return s.includes("'") && !s.includes('"') ? '"' : "'";
}

function reprWith(s: string, keep: (cp: number) => boolean): string {
  const quote = quoteFor(s);
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (keep(cp)) out += ch;
    else out += escapeCp(cp);
  }
  return out + quote;
}

export const strRepr = (s: string): string => reprWith(s, isPrintableCp);

export const asciiRepr = (s: string): string => reprWith(s, (cp) => cp >= 0x20 && cp < 0x7f);
