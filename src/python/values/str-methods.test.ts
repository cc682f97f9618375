// str methods, repr and ascii must agree with CPython 3.12 (scripts/gen-values-str.py).

import { describe, expect, it } from 'vitest';
import * as S from './str-methods';
import { type Value, decode, loadJson, outcome, short } from './testdata/decode.node';

type Raw = Parameters<typeof decode>[0];
const arg = (r: Raw): Value => {
  if (r !== null && typeof r === 'object' && !Array.isArray(r) && 'tuple' in r) return (r.tuple as Raw[]).map(decode);
  return decode(r);
};

type Fn = (s: string, ...a: Value[]) => Value;
const str = (v: Value): string => v as string;
const ix = (v: Value): S.Index => v as S.Index;
const num = (n: number): bigint => BigInt(n);
const fixes = (v: Value): string | string[] => v as string | string[];

const METHODS: Record<string, Fn> = {
  repr: (s) => S.strRepr(s),
  ascii: (s) => S.asciiRepr(s),
  upper: (s) => S.upper(s),
  lower: (s) => S.lower(s),
  title: (s) => S.title(s),
  capitalize: (s) => S.capitalize(s),
  swapcase: (s) => S.swapcase(s),
  casefold: (s) => S.casefold(s),
  isalpha: (s) => S.isalpha(s),
  isalnum: (s) => S.isalnum(s),
  isdigit: (s) => S.isdigit(s),
  isdecimal: (s) => S.isdecimal(s),
  isnumeric: (s) => S.isnumeric(s),
  isspace: (s) => S.isspace(s),
  islower: (s) => S.islower(s),
  isupper: (s) => S.isupper(s),
  istitle: (s) => S.istitle(s),
  isprintable: (s) => S.isprintable(s),
  isidentifier: (s) => S.isidentifier(s),
  isascii: (s) => S.isascii(s),
  split: (s, sep, n) => S.split(s, sep as string | null, ix(n)),
  rsplit: (s, sep, n) => S.rsplit(s, sep as string | null, ix(n)),
  splitlines: (s, keep) => S.splitlines(s, keep === true),
  strip: (s, c) => S.strip(s, c as string | null),
  lstrip: (s, c) => S.lstrip(s, c as string | null),
  rstrip: (s, c) => S.rstrip(s, c as string | null),
  partition: (s, sep) => S.partition(s, str(sep)),
  rpartition: (s, sep) => S.rpartition(s, str(sep)),
  find: (s, sub, a, b) => num(S.find(s, str(sub), ix(a), ix(b))),
  rfind: (s, sub, a, b) => num(S.rfind(s, str(sub), ix(a), ix(b))),
  index: (s, sub, a, b) => num(S.index(s, str(sub), ix(a), ix(b))),
  rindex: (s, sub, a, b) => num(S.rindex(s, str(sub), ix(a), ix(b))),
  count: (s, sub, a, b) => num(S.count(s, str(sub), ix(a), ix(b))),
  startswith: (s, p, a, b) => S.startswith(s, fixes(p), ix(a), ix(b)),
  endswith: (s, p, a, b) => S.endswith(s, fixes(p), ix(a), ix(b)),
  replace: (s, o, n, c) => S.replace(s, str(o), str(n), ix(c)),
  removeprefix: (s, p) => S.removeprefix(s, str(p)),
  removesuffix: (s, p) => S.removesuffix(s, str(p)),
  center: (s, w, f) => S.center(s, ix(w), (f as string | undefined) ?? ' '),
  ljust: (s, w, f) => S.ljust(s, ix(w), (f as string | undefined) ?? ' '),
  rjust: (s, w, f) => S.rjust(s, ix(w), (f as string | undefined) ?? ' '),
  zfill: (s, w) => S.zfill(s, ix(w)),
  expandtabs: (s, t) => S.expandtabs(s, (t as S.Index) ?? 8),
  getitem: (s, i) => S.strGetItem(s, ix(i)),
  slice: (s, a, b, c) => S.strSlice(s, ix(a), ix(b), ix(c)),
  compare: (s, t) => num(S.strCompare(s, str(t))),
  chr: (_s, i) => S.strChr(ix(i) as bigint),
  ord: (s) => num(S.strOrd(s)),
};

const cases = loadJson<[string, string, Raw[], Raw][]>('str.json');
const names = [...new Set(cases.map((c) => c[0]))];

describe('str methods match CPython 3.12', () => {
  for (const name of names) {
    const mine = cases.filter((c) => c[0] === name);
    it(`${name} (${mine.length} cases)`, () => {
      const fn = METHODS[name];
      if (!fn) throw new Error(`no method ${name}`);
      const failures: string[] = [];
      for (const [, s, args, want] of mine) {
        const got = outcome(() => fn(s, ...args.map(arg)));
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          failures.push(short(`${JSON.stringify(s)}.${name}(${JSON.stringify(args).slice(1, -1)}) → ${JSON.stringify(got)}, CPython ${JSON.stringify(want)}`));
        }
      }
      expect(failures.slice(0, 30)).toEqual([]);
    });
  }
});
