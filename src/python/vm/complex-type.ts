// The complex type's constructor, attributes and methods (complex_new and
// complex_methods in CPython's complexobject.c).

import { PyObj, PyWrapper, PyTuple, type PyType, type PyVal } from './objects';
import { PyBoxed } from './boxed';
import { T, raise, typeName } from './types';
import * as ops from './ops';
import { toFloat } from './ctors';
import { builtin, method } from './native';
import { PyComplex } from './complex';
import { complexFromString } from '../values/complex';

function userComplex(v: PyVal): PyComplex | null {
  if (!(v instanceof PyObj && v.cls.heap)) return null;
  const m = ops.userDunder(v.cls, '__complex__');
  if (m === undefined) return null;
  const r = ops.callMethodValue(m, v, []);
  if (!(r instanceof PyComplex)) throw raise('TypeError', `__complex__ returned non-complex (type ${typeName(r)})`);
  return r;
}

function isRealLike(v: PyVal): boolean {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return true;
  if (v instanceof PyBoxed && typeof v.value !== 'string') return true;
  return v instanceof PyObj && v.cls.heap && (ops.userDunder(v.cls, '__float__') !== undefined || ops.userDunder(v.cls, '__index__') !== undefined);
}

function construct(t: PyType, args: PyVal[], kw: Map<string, PyVal> | null): PyVal {
  if (args.length > 2) throw raise('TypeError', `complex() takes at most 2 arguments (${args.length} given)`);
  for (const k of kw?.keys() ?? []) {
    if (k !== 'real' && k !== 'imag') throw raise('TypeError', `complex() got an unexpected keyword argument '${k}'`);
  }
  const r: PyVal | undefined = args[0] ?? kw?.get('real');
  const i: PyVal | undefined = args[1] ?? kw?.get('imag');
  const make = (re: number, im: number): PyComplex => new PyComplex(t, re, im);
  if (r === undefined) return make(0, i === undefined ? 0 : imagOnly(i));
  if (typeof r === 'string') {
    if (i !== undefined) throw raise('TypeError', "complex() can't take second arg if first is a string");
    const z = complexFromString(r);
    return make(z[0], z[1]);
  }
  if (typeof i === 'string') throw raise('TypeError', "complex() second arg can't be a string");
  const rc = userComplex(r) ?? (r instanceof PyComplex ? r : null);
  if (rc !== null && i === undefined) return t === T.complex && rc.cls === T.complex ? rc : make(rc.re, rc.im);
  if (rc === null && !isRealLike(r)) throw raise('TypeError', `complex() first argument must be a string or a number, not '${typeName(r)}'`);
  let re = rc !== null ? rc.re : toFloat(r);
  let im = rc !== null ? rc.im : 0;
  if (i !== undefined) {
    if (i instanceof PyComplex) {
      re -= i.im;
      im += i.re;
    } else im += imagOnly(i);
  }
  return make(re, im);
}

function imagOnly(i: PyVal): number {
  if (i instanceof PyComplex) return i.re;
  if (!isRealLike(i)) throw raise('TypeError', `complex() second argument must be a number, not '${typeName(i)}'`);
  return toFloat(i);
}

const self = (a: PyVal[]): PyComplex => {
  const z = a[0];
  if (!(z instanceof PyComplex)) throw raise('TypeError', `descriptor requires a 'complex' object but received a '${typeName(z ?? null)}'`);
  return z;
};

export function installComplex(): void {
  ops.ctors.set(T.complex, construct);
  const prop = (name: string, get: (z: PyComplex) => PyVal): void => {
    T.complex.dict.set(name, new PyWrapper(T.property, builtin(name, (a) => get(self(a)))));
  };
  prop('real', (z) => z.re);
  prop('imag', (z) => z.im);
  method(T.complex, 'conjugate', (a) => new PyComplex(T.complex, self(a).re, -self(a).im));
  method(T.complex, '__complex__', (a) => {
    const z = self(a);
    return z.cls === T.complex ? z : new PyComplex(T.complex, z.re, z.im);
  });
  method(T.complex, '__getnewargs__', (a) => new PyTuple(T.tuple, [self(a).re, self(a).im]));
  method(T.float, 'conjugate', (a) => a[0] as PyVal);
}
