// The Mersenne Twister (MT19937) as CPython's _random module runs it, so that
// random.seed(n) gives Python's exact sequences for random() and getrandbits().

import { PyFault } from './fault';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class MersenneTwister {
  private mt = new Uint32Array(N);
  private index = N + 1;

  constructor(seed: bigint = 0n) {
    this.seed(seed);
  }

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] as number;
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
    this.index = N;
  }

  private initByArray(key: readonly number[]): void {
    this.initGenrand(19650218);
    const mt = this.mt;
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1] as number;
      mt[i] = ((mt[i] as number) ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + (key[j] as number) + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1] as number;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] as number;
      mt[i] = ((mt[i] as number) ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1] as number;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** random.seed(n) for an int n: |n| split into 32-bit words, least significant first. */
  seed(n: bigint): void {
    let v = n < 0n ? -n : n;
    const key: number[] = [];
    while (v > 0n) {
      key.push(Number(v & 0xffffffffn));
      v >>= 32n;
    }
    if (key.length === 0) key.push(0);
    this.initByArray(key);
  }

  private twist(): void {
    const mt = this.mt;
    let kk = 0;
    for (; kk < N - M; kk++) {
      const y = ((mt[kk] as number) & UPPER_MASK) | ((mt[kk + 1] as number) & LOWER_MASK);
      mt[kk] = (mt[kk + M] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      const y = ((mt[kk] as number) & UPPER_MASK) | ((mt[kk + 1] as number) & LOWER_MASK);
      mt[kk] = (mt[kk + (M - N)] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    const y = ((mt[N - 1] as number) & UPPER_MASK) | ((mt[0] as number) & LOWER_MASK);
    mt[N - 1] = (mt[M - 1] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    this.index = 0;
  }

  /** The next 32-bit output (genrand_uint32). */
  next32(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++] as number;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random(): 53 random bits in [0, 1), as genrand_res53. */
  random(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  getrandbits(k: number | bigint): bigint {
    let bits = Number(k);
    if (bits < 0) throw new PyFault('ValueError', 'number of bits must be non-negative');
    if (bits === 0) return 0n;
    if (bits <= 32) return BigInt(this.next32() >>> (32 - bits));
    let result = 0n;
    let shift = 0n;
    while (bits > 0) {
      let r = this.next32();
      if (bits < 32) r >>>= 32 - bits;
      result |= BigInt(r) << shift;
      shift += 32n;
      bits -= 32;
    }
    return result;
  }

  /** The 624 state words and the position, as _random.Random.getstate() returns them. */
  getstate(): number[] {
    return [...this.mt, this.index];
  }

  setstate(state: readonly (number | bigint)[]): void {
    if (state.length !== N + 1) throw new PyFault('ValueError', 'state vector is the wrong size');
    const index = Number(state[N]);
    if (index < 0 || index > N) throw new PyFault('ValueError', 'invalid state');
    for (let i = 0; i < N; i++) this.mt[i] = Number(BigInt(state[i] as number | bigint) & 0xffffffffn);
    this.index = index;
  }
}
