// Python orders strs by code point; JS's `<` by UTF-16 unit. The two agree
// unless a surrogate (half of an astral character, or a lone one) is involved:
// '\U0001F600' < '\uE000' is True in JS and False in Python.

export const SURROGATE = /[\uD800-\uDFFF]/;

/** Python's order of two strs: negative, zero or positive. */
export function strCompare(a: string, b: string): number {
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : a === b ? 0 : 1;
  return codePointCompare(a, b);
}

/** By code points, for strs that hold surrogates. */
export function codePointCompare(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length) {
    const x = a.codePointAt(i) as number, y = b.codePointAt(i) as number;
    if (x !== y) return x < y ? -1 : 1;
    i += x > 0xffff ? 2 : 1;
  }
  return (i < a.length ? 1 : 0) - (i < b.length ? 1 : 0);
}
