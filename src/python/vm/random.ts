// `_random`: CPython's Mersenne Twister (a local stand-in for values/mt-random.ts),
// seeded as random.seed(int) seeds it, so sequences match CPython's.

import { PyNative, PyTuple, PyModule, type PyVal } from './objects';
import { T, raise, makeType } from './types';
import * as ops from './ops';
import { method } from './native';
import { newModule } from './modules';
import { moduleTypes } from './heap-state';

const N = 624, M = 397;

export class MersenneTwister {
  mt = new Uint32Array(N);
  mti = N + 1;
  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = (mt[i - 1] as number) ^ ((mt[i - 1] as number) >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.mti = N;
  }
  seed(n: bigint): void {
    let k = n < 0n ? -n : n;
    const key: number[] = [];
    while (k > 0n) {
      key.push(Number(k & 0xffffffffn));
      k >>= 32n;
    }
    if (!key.length) key.push(0);
    this.initGenrand(19650218);
    const mt = this.mt;
    let i = 1, j = 0;
    for (let c = Math.max(N, key.length); c; c--) {
      const prev = (mt[i - 1] as number) ^ ((mt[i - 1] as number) >>> 30);
      mt[i] = (((mt[i] as number) ^ Math.imul(prev, 1664525)) + (key[j] as number) + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1] as number;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let c = N - 1; c; c--) {
      const prev = (mt[i - 1] as number) ^ ((mt[i - 1] as number) >>> 30);
      mt[i] = (((mt[i] as number) ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1] as number;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }
  genrand(): number {
    const mt = this.mt;
    if (this.mti >= N) {
      if (this.mti === N + 1) this.initGenrand(5489);
      let kk = 0;
      const mag = (y: number): number => (y & 1 ? 0x9908b0df : 0);
      for (; kk < N - M; kk++) {
        const y = ((mt[kk] as number) & 0x80000000) | ((mt[kk + 1] as number) & 0x7fffffff);
        mt[kk] = ((mt[kk + M] as number) ^ (y >>> 1) ^ mag(y)) >>> 0;
      }
      for (; kk < N - 1; kk++) {
        const y = ((mt[kk] as number) & 0x80000000) | ((mt[kk + 1] as number) & 0x7fffffff);
        mt[kk] = ((mt[kk + (M - N)] as number) ^ (y >>> 1) ^ mag(y)) >>> 0;
      }
      const y = ((mt[N - 1] as number) & 0x80000000) | ((mt[0] as number) & 0x7fffffff);
      mt[N - 1] = ((mt[M - 1] as number) ^ (y >>> 1) ^ mag(y)) >>> 0;
      this.mti = 0;
    }
    let y = mt[this.mti++] as number;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }
  random(): number {
    const a = this.genrand() >>> 5, b = this.genrand() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }
  getrandbits(k: number): bigint {
    if (k <= 32) return BigInt(this.genrand() >>> (32 - k));
    let r = 0n;
    let shift = 0n;
    while (k > 0) {
      let w = this.genrand();
      if (k < 32) w >>>= 32 - k;
      r |= BigInt(w) << shift;
      shift += 32n;
      k -= 32;
    }
    return r;
  }
}

/** Where an unseeded Random gets its seed (CPython: the OS); the step engine fixes it so a schedule replays exactly. */
export const entropy = { now: (): number => Date.now() };

const randomType = makeType('Random', [T.object], 'native');
randomType.module = '_random';
moduleTypes.set('Random', randomType);
const mtOf = (v: PyVal): MersenneTwister => (v as PyNative<MersenneTwister>).state;
method(randomType, 'random', (a) => mtOf(a[0] as PyVal).random());
method(randomType, 'seed', (a) => {
  const v = a[1] ?? null;
  const n = v === null ? BigInt(entropy.now()) : typeof v === 'bigint' || typeof v === 'boolean' ? ops.toBig(v) : ops.hash(v);
  mtOf(a[0] as PyVal).seed(n);
  return null;
});
method(randomType, 'getrandbits', (a) => {
  const k = Number(ops.index(a[1] as PyVal));
  if (k < 0) throw raise('ValueError', 'number of bits must be non-negative');
  return mtOf(a[0] as PyVal).getrandbits(k);
});
method(randomType, 'getstate', (a) => {
  const m = mtOf(a[0] as PyVal);
  return new PyTuple(T.tuple, [...[...m.mt].map((x) => BigInt(x)), BigInt(m.mti)]);
});
method(randomType, 'setstate', (a) => {
  const m = mtOf(a[0] as PyVal);
  const items = ops.toArray(a[1] as PyVal).map((x) => Number(ops.index(x)));
  items.slice(0, N).forEach((x, i) => (m.mt[i] = x));
  m.mti = items[N] ?? N;
  return null;
});
method(randomType, '__init__', (a) => {
  if (a.length > 1) mtOf(a[0] as PyVal).seed(ops.toBig((a[1] as bigint) ?? 0n));
  return null;
});

export function makeRandom(): PyModule {
  const ctorType = randomType;
  ops.ctors.set(ctorType, (t) => {
    const r = new PyNative(t, new MersenneTwister());
    r.state.seed(BigInt(entropy.now()));
    return r;
  });
  return newModule('_random', { Random: randomType });
}
