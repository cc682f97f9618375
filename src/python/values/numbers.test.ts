// Every case was evaluated by CPython 3.12 (scripts/gen-values-numbers.py);
// our functions must give the same value (bit for bit, via repr) or the same error.

import { describe, expect, it } from 'vitest';
import { floatRepr } from './float-repr';
import * as N from './numbers';
import { type Value, decode, loadCases, outcome, short } from './testdata/decode.node';

type Fn = (...args: Value[]) => Value;
const b = (v: Value): bigint => v as bigint;
const f = (v: Value): number => v as number;

const FUNCS: Record<string, Fn> = {
  floatRepr: (x) => floatRepr(f(x)),
  intFloorDiv: (x, y) => N.intFloorDiv(b(x), b(y)),
  intMod: (x, y) => N.intMod(b(x), b(y)),
  intDivmod: (x, y) => N.intDivmod(b(x), b(y)),
  intPow: (x, y, m) => N.intPow(b(x), b(y), m as bigint | null),
  intTrueDiv: (x, y) => N.intTrueDiv(b(x), b(y)),
  intToFloat: (x) => N.intToFloat(b(x)),
  floatTrueDiv: (x, y) => N.floatTrueDiv(f(x), f(y)),
  floatFloorDiv: (x, y) => N.floatFloorDiv(f(x), f(y)),
  floatMod: (x, y) => N.floatMod(f(x), f(y)),
  floatDivmod: (x, y) => N.floatDivmod(f(x), f(y)),
  floatPow: (x, y) => N.floatPow(f(x), f(y)),
  roundFloat: (x, nd) => N.roundFloat(f(x), nd as bigint | undefined),
  roundInt: (x, nd) => N.roundInt(b(x), nd as bigint | null),
  floatToInt: (x) => N.floatToInt(f(x)),
  intFromString: (s, base) => N.intFromString(s as string, b(base)),
  floatFromString: (s) => N.floatFromString(s as string),
  intBitLength: (x) => BigInt(N.intBitLength(b(x))),
  floatIsInteger: (x) => N.floatIsInteger(f(x)),
  floatAsIntegerRatio: (x) => N.floatAsIntegerRatio(f(x)),
  intFloatCompare: (a, x) => N.intFloatCompare(b(a), f(x)),
  floatHex: (x) => N.floatHex(f(x)),
  floatFromHex: (s) => N.floatFromHex(s as string),
};

const groups = new Map<string, ReturnType<typeof loadCases>>();
for (const c of loadCases('numbers.json')) {
  const list = groups.get(c[0]) ?? [];
  list.push(c);
  groups.set(c[0], list);
}

describe('numbers match CPython 3.12', () => {
  for (const [name, cases] of groups) {
    it(`${name} (${cases.length} cases)`, () => {
      const fn = FUNCS[name];
      if (!fn) throw new Error(`no function for ${name}`);
      const failures: string[] = [];
      for (const [, args, want] of cases) {
        const got = outcome(() => fn(...args.map(decode)));
        // Complex results are refused rather than computed.
        const w = JSON.stringify(want);
        const g = JSON.stringify(got);
        const ok = w.includes('"NotImplementedError"') ? g.includes('"NotImplementedError"') : w === g;
        if (!ok) failures.push(short(`${JSON.stringify(args)} → ${g}, CPython ${w}`));
      }
      expect(failures).toEqual([]);
    });
  }
});
