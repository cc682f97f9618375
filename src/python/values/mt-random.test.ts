// The Mersenne Twister must reproduce CPython 3.12's random module exactly
// (scripts/gen-values-random.py). randint and shuffle are ported here from
// Lib/random.py, as the library will write them over _random.Random.

import { describe, expect, it } from 'vitest';
import { PyFault } from './fault';
import { floatRepr } from './float-repr';
import { MersenneTwister } from './mt-random';
import { bitLength } from './float-bits';
import { loadJson } from './testdata/decode.node';

interface SeedRecord {
  seed: string;
  random: string[];
  getrandbits: [number, string][];
  randint: string[];
  shuffle: number[];
  after: string;
}
interface RandomData {
  seeds: SeedRecord[];
  state42: string[];
  state42after1: string[];
}
const data = loadJson<RandomData>('random.json');

function randbelow(mt: MersenneTwister, n: bigint): bigint {
  const k = bitLength(n);
  let r = mt.getrandbits(k);
  while (r >= n) r = mt.getrandbits(k);
  return r;
}
const randint = (mt: MersenneTwister, a: bigint, b: bigint): bigint => a + randbelow(mt, b - a + 1n);
function shuffle<T>(mt: MersenneTwister, xs: T[]): void {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Number(randbelow(mt, BigInt(i + 1)));
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
}

describe('MersenneTwister matches CPython 3.12 random', () => {
  for (const rec of data.seeds) {
    it(`seed ${rec.seed.length > 20 ? rec.seed.slice(0, 20) + '…' : rec.seed}`, () => {
      const mt = new MersenneTwister();
      mt.seed(BigInt(rec.seed));
      expect(rec.random.map(() => floatRepr(mt.random()))).toEqual(rec.random);
      expect(rec.getrandbits.map(([k]) => [k, mt.getrandbits(k).toString()])).toEqual(rec.getrandbits);
      const ints = rec.randint.map((_, i) => (i < 20 ? randint(mt, 1n, 6n) : randint(mt, 0n, 10n ** 30n)).toString());
      expect(ints).toEqual(rec.randint);
      const xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
      shuffle(mt, xs);
      expect(xs).toEqual(rec.shuffle);
      expect(floatRepr(mt.random())).toBe(rec.after);
    });
  }

  it('getstate is CPython state after seed(42), and setstate resumes the sequence', () => {
    const mt = new MersenneTwister(42n);
    expect(mt.getstate().map(String)).toEqual(data.state42);
    const saved = mt.getstate();
    const first = mt.random();
    expect(mt.getstate().map(String)).toEqual(data.state42after1);
    const other = new MersenneTwister(7n);
    other.setstate(saved);
    expect(other.random()).toBe(first);
  });

  it('rejects what CPython rejects', () => {
    const mt = new MersenneTwister(1n);
    const err = (f: () => void): [string, string] | null => {
      try {
        f();
        return null;
      } catch (e) {
        return e instanceof PyFault ? [e.pyType, e.message] : null;
      }
    };
    expect(err(() => mt.getrandbits(-1))).toEqual(['ValueError', 'number of bits must be non-negative']);
    expect(err(() => mt.setstate([1, 2]))).toEqual(['ValueError', 'state vector is the wrong size']);
    expect(err(() => mt.setstate([...new Array<number>(624).fill(0), 625]))).toEqual(['ValueError', 'invalid state']);
    expect(mt.getrandbits(0)).toBe(0n);
  });
});
