// Test-only: reads the CPython-made expectation files (scripts/gen-values-*.py)
// and turns their tagged JSON into JS values, and our results back into it.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PyFault } from '../fault';
import { floatRepr } from '../float-repr';

export type Tagged =
  | null
  | string
  | number
  | boolean
  | { i: string }
  | { f: string }
  | { b: boolean }
  | { err: [string, string] }
  | Tagged[]
  | { [key: string]: Tagged };

export type Value = null | undefined | string | number | bigint | boolean | Value[] | { [key: string]: Value };

export type Case = [string, Tagged[], Tagged];

const here = dirname(fileURLToPath(import.meta.url));

export function loadCases(name: string): Case[] {
  return JSON.parse(readFileSync(join(here, name), 'utf8')) as Case[];
}

export function loadJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(here, name), 'utf8')) as T;
}

export function parseFloatRepr(s: string): number {
  if (s === 'nan') return NaN;
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  return Number(s);
}

export function decode(t: Tagged): Value {
  if (t === null || typeof t !== 'object') return t;
  if (Array.isArray(t)) return t.map(decode);
  if ('i' in t && typeof t.i === 'string') return BigInt(t.i);
  if ('f' in t && typeof t.f === 'string') return parseFloatRepr(t.f);
  if ('b' in t && typeof t.b === 'boolean') return t.b;
  const out: { [key: string]: Value } = {};
  for (const [k, v] of Object.entries(t)) out[k] = decode(v as Tagged);
  return out;
}

export function encode(v: Value): Tagged {
  if (v === undefined || v === null) return null;
  if (typeof v === 'bigint') return { i: v.toString() };
  if (typeof v === 'number') return { f: floatRepr(v) };
  if (typeof v === 'boolean') return { b: v };
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(encode);
  const out: { [key: string]: Tagged } = {};
  for (const [k, x] of Object.entries(v)) out[k] = encode(x);
  return out;
}

/** Runs fn and gives its result or its PyFault in the expectation files' form. */
export function outcome(fn: () => Value): Tagged {
  try {
    return encode(fn());
  } catch (e) {
    if (e instanceof PyFault) return { err: [e.pyType, e.message] };
    throw e;
  }
}

export const short = (s: string): string => (s.length > 70 ? s.slice(0, 70) + '…' : s);
