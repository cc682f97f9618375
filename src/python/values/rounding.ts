// round() for float and int: ties go to the even neighbour, and round(x, n)
// rounds the exact binary value of x (CPython goes through dtoa, mode 3).

import { PyFault } from './fault';
import { floatToInt } from './float-int';
import { floatRatio, roundHalfEvenDiv } from './float-bits';
import { fixedAbs } from './float-format';

// The ndigits beyond which the answer is x itself or a zero (CPython's NDIGITS_MAX/MIN).
const NDIGITS_MAX = Math.trunc((53 - -1021) * 0.30103);
const NDIGITS_MIN = -Math.trunc((1024 + 1) * 0.30103);

/** round(x) gives an int; round(x, n) a float. */
export function floatRound(x: number, ndigits?: bigint | number | null): bigint | number {
  if (ndigits === undefined || ndigits === null) {
    const f = Math.floor(x);
    const diff = x - f;
    let r = f;
    if (diff > 0.5 || (diff === 0.5 && f % 2 !== 0)) r = f + 1;
    return floatToInt(Number.isFinite(x) ? r : x);
  }
  const nd = Number(ndigits);
  if (!Number.isFinite(x)) return x;
  if (nd > NDIGITS_MAX) return x;
  if (nd < NDIGITS_MIN) return 0.0 * x;
  if (x === 0) return x;
  if (nd >= 0) {
    // The exact decimal rounding (half-even), read back: one correctly rounded parse.
    const r = Number((x < 0 ? '-' : '') + fixedAbs(x, nd, false));
    return r === 0 && x < 0 ? -0 : r;
  }
  const [n, d] = floatRatio(x);
  const q = nd >= 0 ? roundHalfEvenDiv(n * 10n ** BigInt(nd), d) : roundHalfEvenDiv(n, d * 10n ** BigInt(-nd));
  if (q === 0n) return x < 0 ? -0 : 0;
  const r = Number(`${q}e${-nd}`);
  if (!Number.isFinite(r)) throw new PyFault('OverflowError', 'rounded value too large to represent');
  return r;
}

export function intRound(a: bigint, ndigits?: bigint | number | null): bigint {
  if (ndigits === undefined || ndigits === null) return a;
  const nd = BigInt(ndigits);
  if (nd >= 0n) return a;
  const p = 10n ** -nd;
  return roundHalfEvenDiv(a, p) * p;
}
