// format(value, spec) must give CPython 3.12's text or error (scripts/gen-values-format.py).

import { describe, expect, it } from 'vitest';
import { formatFloat, formatInt, formatStr } from './format-spec';
import { type Tagged, loadJson, outcome, parseFloatRepr, short } from './testdata/decode.node';

type FormatCase = [string, string, string, Tagged];
const cases = loadJson<FormatCase[]>('format.json');

function run(kind: string, value: string, spec: string): string {
  if (kind === 'int') return formatInt(BigInt(value), spec);
  if (kind === 'float') return formatFloat(parseFloatRepr(value), spec);
  return formatStr(value, spec);
}

describe('format() matches CPython 3.12', () => {
  for (const kind of ['int', 'float', 'str']) {
    const mine = cases.filter((c) => c[0] === kind);
    it(`${kind} (${mine.length} cases)`, () => {
      const failures: string[] = [];
      for (const [, value, spec, want] of mine) {
        const got = outcome(() => run(kind, value, spec));
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          failures.push(short(`format(${value}, ${JSON.stringify(spec)}) → ${JSON.stringify(got)}, CPython ${JSON.stringify(want)}`));
        }
      }
      expect(failures.slice(0, 40)).toEqual([]);
    });
  }
});
