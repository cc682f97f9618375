// repr() and str() of a Python float. Both are the shortest string that reads
// back to the same double (CPython's dtoa mode 0), which is also what
// JavaScript's Number#toExponential() without an argument produces; only the
// layout differs: CPython switches to exponent notation below 1e-4 and from
// 1e16 up, always writes a fraction (`1.0`) and at least two exponent digits.

/** The shortest round-tripping digits and the decimal exponent of the first digit. */
export function shortestDigits(x: number): { digits: string; exp: number } {
  const s = Math.abs(x).toExponential();
  const e = s.indexOf('e');
  const digits = s.slice(0, e).replace('.', '');
  return { digits, exp: Number(s.slice(e + 1)) };
}

export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0.0';
  const { digits, exp } = shortestDigits(x);
  const decpt = exp + 1;
  if (decpt <= -4 || decpt > 16) {
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const ae = Math.abs(exp);
    return sign + mant + 'e' + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
  }
  if (decpt <= 0) return sign + '0.' + '0'.repeat(-decpt) + digits;
  if (decpt >= digits.length) return sign + digits + '0'.repeat(decpt - digits.length) + '.0';
  return sign + digits.slice(0, decpt) + '.' + digits.slice(decpt);
}
