// complex arithmetic, repr, hash and parsing must agree with CPython 3.12 (scripts/gen-values-complex.py).

import { describe, expect, it } from 'vitest';
import * as C from './complex';
import { type Value, decode, loadCases, outcome, short } from './testdata/decode.node';

type Fn = (...args: Value[]) => Value;
const c = (v: Value): C.Complex => v as unknown as C.Complex;
const pair = (z: C.Complex): Value => [z[0], z[1]];

const FUNCS: Record<string, Fn> = {
  complexRepr: (z) => C.complexRepr(c(z)),
  complexAbs: (z) => C.complexAbs(c(z)),
  complexHash: (z) => C.complexHash(c(z)),
  complexAdd: (a, b) => pair(C.complexAdd(c(a), c(b))),
  complexSub: (a, b) => pair(C.complexSub(c(a), c(b))),
  complexMul: (a, b) => pair(C.complexMul(c(a), c(b))),
  complexDiv: (a, b) => pair(C.complexDiv(c(a), c(b))),
  complexPow: (a, b) => pair(C.complexPow(c(a), c(b))),
  complexFromString: (s) => pair(C.complexFromString(s as string)),
};

// NaN hashes by identity in CPython (see hashing.ts), so those cases cannot agree.
const skip = (name: string, args: string): boolean => name === 'complexHash' && args.includes('nan');

describe('complex numbers match CPython 3.12', () => {
  const cases = loadCases('complex.json');
  for (const name of Object.keys(FUNCS)) {
    const mine = cases.filter((k) => k[0] === name && !skip(name, JSON.stringify(k[1])));
    it(`${name} (${mine.length} cases)`, () => {
      expect(mine.length).toBeGreaterThan(0);
      const failures: string[] = [];
      for (const [, args, want] of mine) {
        const got = outcome(() => (FUNCS[name] as Fn)(...args.map(decode)));
        if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(short(`${name}${JSON.stringify(args)} → ${JSON.stringify(got)}, CPython ${JSON.stringify(want)}`));
      }
      expect(failures).toEqual([]);
    });
  }
});
