// Character classes as Python's str predicates define them. JavaScript's \s
// and case tables differ from Python's in a few places, so the differences
// are spelled out here once.

// str.isspace(): bidirectional class WS, B or S, or category Zs.
const SPACE = new Set<number>([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680,
  0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

export const isSpaceCp = (cp: number): boolean => SPACE.has(cp);

// str.splitlines() boundaries.
const LINE_BREAKS = new Set<number>([0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029]);
export const isLineBreakCp = (cp: number): boolean => LINE_BREAKS.has(cp);

const ND = /^\p{Nd}$/u;

/** The value of a Unicode decimal digit (category Nd), or -1. Nd digits come in runs of ten from 0. */
export function decimalValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x80 || !ND.test(String.fromCodePoint(cp))) return -1;
  let start = cp;
  while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start -= 1;
  return (cp - start) % 10;
}

/** The code points of a JS string (a Python str is a sequence of code points). */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0) as number);
  return out;
}

/** Strings with no surrogates outside the BMP index alike in UTF-16 and in code points. */
export const isBmpOnly = (s: string): boolean => !/[\uD800-\uDFFF]/.test(s);
