// Our AST as the JSON that scripts/gen-python-front-expect.py makes from
// CPython's: nodes as {_type, fields..., positions}, operators and contexts as
// bare names, constants tagged where JSON has no native type.

import type * as A from './ast';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function constant(v: A.ConstantValue): Json {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'bigint') return { int: v.toString() };
  if ('float' in v) return { float: v.float };
  if ('complex' in v) return { complex: v.complex };
  if ('bytes' in v) return { bytes: Array.from(v.bytes) };
  return { ellipsis: true };
}

export function dumpJson(node: unknown): Json {
  if (Array.isArray(node)) return node.map((n) => dumpJson(n));
  if (node === null || node === undefined) return null;
  if (typeof node === 'string') return node;
  if (typeof node === 'number' || typeof node === 'boolean') return node;
  if (typeof node === 'object' && '_type' in node) {
    const out: { [k: string]: Json } = {};
    const rec = node as Record<string, unknown>;
    for (const [k, v] of Object.entries(rec)) {
      out[k] = rec._type === 'Constant' && k === 'value' ? constant(v as A.ConstantValue) : dumpJson(v);
    }
    return out;
  }
  return null;
}
