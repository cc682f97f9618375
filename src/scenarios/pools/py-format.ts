/** Python's text for values a program prints, where JavaScript's differs. */

/**
 * `repr(float)` / `str(float)`: both languages print the shortest string that
 * round-trips, but Python keeps `.0` on whole numbers and switches to
 * exponent form below 1e-4 and from 1e16, with at least two exponent digits.
 */
export function pyFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (Object.is(x, -0)) return '-0.0';
  const abs = Math.abs(x);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e16)) {
    const [mant = '0', exp = '0'] = x.toExponential().split('e');
    const e = Number(exp);
    const digits = String(Math.abs(e)).padStart(2, '0');
    return `${mant}e${e < 0 ? '-' : '+'}${digits}`;
  }
  const s = abs >= 1e21 ? x.toFixed(0) : String(x);
  return Number.isInteger(x) ? `${s}.0` : s;
}
