// str.format must give CPython 3.12's text or error (scripts/gen-values-strformat.py).
// The host stands in for the VM with the same ARGS and KWARGS as the generator.

import { describe, expect, it } from 'vitest';
import { PyFault } from './fault';
import { floatRepr } from './float-repr';
import { formatFloat, formatInt, formatStr } from './format-spec';
import { type StrFormatHost, strFormat } from './str-format';
import { asciiRepr, strRepr } from './str-repr';
import { loadJson, outcome, short } from './testdata/decode.node';

type PyVal = bigint | number | string | PyVal[] | Map<string, PyVal>;

const ARGS: PyVal[] = [0n, 'x', 2.5, [10n, 'y', [7n]], new Map<string, PyVal>([['k', 'v'], ['1', 'one']]), -7n];
const KWARGS = new Map<string, PyVal>([
  ['name', 'Ada'], ['n', 42n], ['pi', 3.14159], ['w', 8n], ['lst', [1n, 2n]], ['d', new Map<string, PyVal>([['a', 'b']])],
]);

const typeName = (v: PyVal): string =>
  typeof v === 'bigint' ? 'int' : typeof v === 'number' ? 'float' : typeof v === 'string' ? 'str' : Array.isArray(v) ? 'list' : 'dict';

function repr(v: PyVal, esc: (s: string) => string = strRepr): string {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return floatRepr(v);
  if (typeof v === 'string') return esc(v);
  if (Array.isArray(v)) return '[' + v.map((x) => repr(x, esc)).join(', ') + ']';
  return '{' + [...v].map(([k, x]) => `${esc(k)}: ${repr(x, esc)}`).join(', ') + '}';
}

const host: StrFormatHost<PyVal> = {
  positional(i) {
    const v = ARGS[i];
    if (v === undefined) throw new PyFault('IndexError', `Replacement index ${i} out of range for positional args tuple`);
    return v;
  },
  keyword(name) {
    const v = KWARGS.get(name);
    if (v === undefined) throw new PyFault('KeyError', strRepr(name));
    return v;
  },
  getattr(obj, name) {
    throw new PyFault('TypeError', `no attribute ${name} on ${typeName(obj)} in this test`);
  },
  getitem(obj, key) {
    if (Array.isArray(obj)) {
      if (typeof key !== 'number') throw new PyFault('TypeError', 'list indices must be integers or slices, not str');
      const v = obj[key];
      if (v === undefined) throw new PyFault('IndexError', 'list index out of range');
      return v;
    }
    if (obj instanceof Map) {
      const v = obj.get(String(key));
      if (v === undefined || typeof key === 'number') throw new PyFault('KeyError', typeof key === 'number' ? String(key) : strRepr(key));
      return v;
    }
    throw new PyFault('TypeError', `'${typeName(obj)}' object is not subscriptable`);
  },
  convert: (obj, c) => (c === 's' ? (typeof obj === 'string' ? obj : repr(obj)) : c === 'r' ? repr(obj) : repr(obj, asciiRepr)),
  format(obj, spec) {
    if (typeof obj === 'bigint') return formatInt(obj, spec);
    if (typeof obj === 'number') return formatFloat(obj, spec);
    if (typeof obj === 'string') return formatStr(obj, spec);
    if (spec !== '') throw new PyFault('TypeError', `unsupported format string passed to ${typeName(obj)}.__format__`);
    return repr(obj);
  },
};

const cases = loadJson<[string, unknown][]>('strformat.json');

describe('str.format matches CPython 3.12', () => {
  it(`${cases.length} cases`, () => {
    const failures: string[] = [];
    for (const [fmt, want] of cases) {
      const got = outcome(() => strFormat(fmt, host));
      if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(short(`${JSON.stringify(fmt)} → ${JSON.stringify(got)}, CPython ${JSON.stringify(want)}`));
    }
    expect(failures).toEqual([]);
  });
});
