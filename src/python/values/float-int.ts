// float → int truncation (int(x), round, floor/ceil), with CPython's errors for NaN and infinities.

import { PyFault } from './fault';

export function floatToInt(x: number): bigint {
  if (Number.isNaN(x)) throw new PyFault('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new PyFault('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}
