// Methods of int and float beyond the operators: the unary dunders, int.to_bytes /
// int.from_bytes, float.hex / float.fromhex (long_methods / float_methods in CPython).

import { PyBytes, PyWrapper, type PyVal } from './objects';
import { T, raise, typeName } from './types';
import * as ops from './ops';
import { unary } from './arith';
import { readsValues } from './boxed';
import { method, kwarg } from './native';
import { floatHex, floatFromHex } from '../values/float-hex';
import { PyComplex, complexAbsOf } from './complex';

function absOf(v: PyVal): PyVal {
  if (typeof v === 'number') return Math.abs(v);
  if (v instanceof PyComplex) return complexAbsOf(v);
  const n = ops.toBig(v as bigint);
  return n < 0n ? -n : n;
}

function byteorder(a: PyVal[], i: number, kw: Map<string, PyVal> | null): 'big' | 'little' {
  const o = a[i] ?? kwarg(kw, 'byteorder', 'big');
  if (o !== 'big' && o !== 'little') {
    if (typeof o !== 'string') throw raise('TypeError', `to_bytes() argument 'byteorder' must be str, not ${typeName(o)}`);
    throw raise('ValueError', "byteorder must be either 'little' or 'big'");
  }
  return o;
}

function toBytes(a: PyVal[], kw: Map<string, PyVal> | null): PyBytes {
  let n = ops.toBig(a[0] as bigint);
  const length = Number(ops.index(a[1] ?? kwarg(kw, 'length', 1n)));
  if (length < 0) throw raise('ValueError', 'length argument must be non-negative');
  const order = byteorder(a, 2, kw);
  const signed = ops.truthy(kwarg(kw, 'signed', false));
  if (n < 0n && !signed) throw raise('OverflowError', "can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  const fits = signed ? n >= -(1n << (bits - 1n)) && n < 1n << (bits - 1n) : n < 1n << bits;
  if (!fits || (length === 0 && n !== 0n)) throw raise('OverflowError', 'int too big to convert');
  if (n < 0n) n += 1n << bits;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[order === 'big' ? length - 1 - i : i] = Number(n & 0xffn);
    n >>= 8n;
  }
  return new PyBytes(T.bytes, out);
}

function fromBytes(a: PyVal[], kw: Map<string, PyVal> | null): bigint {
  const src = a[1] ?? kwarg(kw, 'bytes', null);
  const data = src instanceof PyBytes ? [...src.data] : ops.toArray(src).map((x) => Number(ops.index(x)));
  const order = byteorder(a, 2, kw);
  const signed = ops.truthy(kwarg(kw, 'signed', false));
  let n = 0n;
  const bytes = order === 'big' ? data : [...data].reverse();
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  if (signed && bytes.length && (bytes[0] as number) & 0x80) n -= 1n << BigInt(bytes.length * 8);
  return n;
}

export function installNumberMethods(): void {
  for (const t of [T.int, T.float, T.complex]) {
    method(t, '__abs__', (a) => absOf(a[0] as PyVal));
    method(t, '__neg__', (a) => unary('-', a[0] as PyVal));
    method(t, '__pos__', (a) => unary('+', a[0] as PyVal));
    method(t, '__bool__', (a) => ops.truthy(a[0] as PyVal));
  }
  method(T.int, '__invert__', (a) => unary('~', a[0] as PyVal));
  method(T.int, 'to_bytes', toBytes);
  // The classmethods are not among the methods unboxValueMethods wraps: they read values themselves.
  method(T.int, 'from_bytes', readsValues(fromBytes));
  T.int.dict.set('from_bytes', new PyWrapper(T.classmethod, T.int.dict.get('from_bytes') as PyVal));
  method(T.float, 'hex', (a) => floatHex(a[0] as number));
  method(T.float, 'fromhex', readsValues((a) => {
    if (typeof a[1] !== 'string') throw raise('TypeError', `bad argument type for built-in operation`);
    return floatFromHex(a[1]);
  }));
  T.float.dict.set('fromhex', new PyWrapper(T.classmethod, T.float.dict.get('fromhex') as PyVal));
}
