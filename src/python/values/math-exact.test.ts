// Exact math functions must agree with CPython 3.12 (scripts/gen-values-math.py).

import { describe, expect, it } from 'vitest';
import * as M from './math-exact';
import * as N from './numbers';
import { type Value, decode, loadCases, outcome, short } from './testdata/decode.node';

type Fn = (...args: Value[]) => Value;
const b = (v: Value): bigint => v as bigint;

const FUNCS: Record<string, Fn> = {
  floatFloor: (x) => M.floatFloor(x as number),
  floatCeil: (x) => M.floatCeil(x as number),
  intIsqrt: (n) => M.intIsqrt(b(n)),
  intFactorial: (n) => M.intFactorial(b(n)),
  intComb: (n, k) => M.intComb(b(n), b(k)),
  intPerm: (n, k) => M.intPerm(b(n), k as bigint | undefined),
  intGcd: (...xs) => M.intGcd(...xs.map(b)),
  intLcm: (...xs) => M.intLcm(...xs.map(b)),
  fsum: (xs) => M.fsum(xs as number[]),
  floatSum: (xs) => M.floatSum(xs as number[]),
  intLshift: (a, n) => N.intLshift(b(a), b(n)),
  intRshift: (a, n) => N.intRshift(b(a), b(n)),
};

describe('exact math matches CPython 3.12', () => {
  const cases = loadCases('math.json');
  for (const name of Object.keys(FUNCS)) {
    const mine = cases.filter((c) => c[0] === name);
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
