// `fmt % args` must give CPython 3.12's text or error (scripts/gen-values-percent.py).
// The host below stands in for the VM: it knows the Python types of the test values.

import { describe, expect, it } from 'vitest';
import { PyFault } from './fault';
import { floatRepr } from './float-repr';
import { floatToInt, intToFloat } from './numbers';
import { type PercentArgs, percentFormat } from './percent-format';
import { asciiRepr, strRepr } from './str-repr';
import { loadJson, outcome, parseFloatRepr, short } from './testdata/decode.node';

type PyVal = null | boolean | bigint | number | string | { list: PyVal[] } | { dict: [string, PyVal][] };
type Raw = null | boolean | string | { i: string } | { f: string } | { b: boolean } | { list: Raw[] } | { dict: [string, Raw][] } | { tuple: Raw[] };

function dec(r: Raw): PyVal {
  if (r === null || typeof r !== 'object') return r;
  if ('i' in r) return BigInt(r.i);
  if ('f' in r) return parseFloatRepr(r.f);
  if ('b' in r) return r.b;
  if ('list' in r) return { list: r.list.map(dec) };
  if ('dict' in r) return { dict: r.dict.map(([k, v]) => [k, dec(v)]) };
  throw new Error('tuple inside');
}

function typeName(v: PyVal): string {
  if (v === null) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'string') return 'str';
  return 'list' in v ? 'list' : 'dict';
}

function repr(v: PyVal, esc: (s: string) => string = strRepr): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return floatRepr(v);
  if (typeof v === 'string') return esc(v);
  if ('list' in v) return '[' + v.list.map((x) => repr(x, esc)).join(', ') + ']';
  return '{' + v.dict.map(([k, x]) => `${esc(k)}: ${repr(x, esc)}`).join(', ') + '}';
}

function host(raw: Raw): PercentArgs<PyVal> {
  const isTuple = raw !== null && typeof raw === 'object' && 'tuple' in raw;
  const values = isTuple ? (raw as { tuple: Raw[] }).tuple.map(dec) : [dec(raw)];
  const single = values[0] as PyVal;
  const mapping = !isTuple && single !== null && typeof single === 'object';
  return {
    values,
    isTuple,
    getItem: mapping
      ? (key) => {
          const d = single as { dict?: [string, PyVal][] };
          const hit = d.dict?.find(([k]) => k === key);
          if (!hit) throw new PyFault('KeyError', strRepr(key));
          return hit[1];
        }
      : undefined,
    str: (v) => (typeof v === 'string' ? v : repr(v)),
    repr: (v) => repr(v),
    ascii: (v) => repr(v, asciiRepr),
    toInt(v, conv) {
      if (typeof v === 'bigint') return v;
      if (typeof v === 'boolean') return v ? 1n : 0n;
      if (conv === '*') throw new PyFault('TypeError', '* wants int');
      if (typeof v === 'number' && 'diu'.includes(conv)) return floatToInt(v);
      const what = 'diu'.includes(conv) ? 'a real number' : 'an integer';
      throw new PyFault('TypeError', `%${conv} format: ${what} is required, not ${typeName(v)}`);
    },
    toFloat(v) {
      if (typeof v === 'number') return v;
      if (typeof v === 'bigint') return intToFloat(v);
      if (typeof v === 'boolean') return v ? 1 : 0;
      throw new PyFault('TypeError', `must be real number, not ${typeName(v)}`);
    },
    charOf: (v) => (typeof v === 'string' && [...v].length === 1 ? v : null),
    isInt: (v) => typeof v === 'bigint' || typeof v === 'boolean',
  };
}

const cases = loadJson<[string, Raw, unknown][]>('percent.json');

describe('% formatting matches CPython 3.12', () => {
  it(`${cases.length} cases`, () => {
    const failures: string[] = [];
    for (const [fmt, raw, want] of cases) {
      const got = outcome(() => percentFormat(fmt, host(raw)));
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        failures.push(short(`${JSON.stringify(fmt)} % ${JSON.stringify(raw)} → ${JSON.stringify(got)}, CPython ${JSON.stringify(want)}`));
      }
    }
    expect(failures.slice(0, 40)).toEqual([]);
  });
});
