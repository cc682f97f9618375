// Instances of a class statement's subclass of int, float or str
// (`class Age(int)`). The base value is a bigint, number or JS string, which
// carries no class and no `__dict__`, so such an instance is an instance
// object holding its base value (in the heap, INSTANCE_VALUE beside its dict):
// `type(a) is Age`, attributes, overridden dunders. Everything the base type
// does natively (int.__add__, str.upper, hashing, formatting) reads the value
// through `unbox`, and gives a plain base value back, as CPython does
// (`type(Age(5) + 1) is int`).

import { INSTANCE_VALUE, NULL, type Ref } from '../heap';
import { PyBuiltin, PyInstance, PyObj, type PyType, type PyVal, type NativeFn } from './objects';
import { conv, hc } from './heap-state';
import { strSubclassKeys } from './boxed-flags';

export type BaseValue = bigint | number | string;

/** The builtin layouts whose values are JS primitives (PyType.base). */
const VALUE_BASES = new Set(['int', 'float', 'str']);

export class PyBoxed extends PyInstance {
  /** `ref` rebuilds the wrapper of an instance another worker made (its value is in the heap). */
  constructor(cls: PyType, readonly value: BaseValue, ref?: Ref) {
    super(cls, ref);
    if (ref === undefined) this.storeValue();
    if (typeof value === 'string') strSubclassKeys.seen = true;
  }
  override rehome(): void {
    super.rehome();
    this.storeValue();
  }
  private storeValue(): void {
    hc().h.set(this.ref, INSTANCE_VALUE, conv.toRef(this.value));
  }
}

/** The base value of a subclass instance; anything else as it is. */
export function unbox(v: PyVal): PyVal {
  return v instanceof PyBoxed ? v.value : v;
}

/** An instance of heap type t of a value its base constructor made: a subclass of int/float/str boxes it. */
export function asInstanceOf(t: PyType, v: PyVal): PyVal {
  if (!t.heap) return v;
  if (typeof v === 'bigint' || typeof v === 'number' || typeof v === 'string') {
    if (VALUE_BASES.has(t.base)) return new PyBoxed(t, t.base === 'float' ? Number(v) : v);
    return v;
  }
  if (typeof v === 'boolean' && t.base === 'int') return new PyBoxed(t, v ? 1n : 0n);
  if (v instanceof PyObj) v.cls = t;
  return v;
}

/** The heap instance r holds a base value (another worker's or a fork's PyBoxed): the value, else undefined. */
export function boxedValueAt(r: Ref): BaseValue | undefined {
  const v = hc().h.get(r, INSTANCE_VALUE);
  if (v === NULL) return undefined;
  const x = conv.fromRef(v);
  return typeof x === 'bigint' || typeof x === 'number' || typeof x === 'string' ? x : undefined;
}

/** Methods that take the instance itself, not its value (a class's own machinery, or __format__/str.format asking str()). */
const KEEP_SELF = new Set(['__new__', '__init__', '__init_subclass__', '__subclasshook__', '__getattribute__', '__setattr__', '__delattr__', '__reduce__', '__reduce_ex__', '__dir__', '__class_getitem__', '__format__']);
/** Methods whose other arguments are formatted by their own type's rules (`'{}'.format(a)` asks a's __format__). */
const SELF_ONLY = new Set(['format', 'format_map', '__mod__', '__rmod__']);

function unboxArgs(args: PyVal[], all: boolean): PyVal[] {
  let out = args;
  const n = all ? args.length : Math.min(1, args.length);
  for (let i = 0; i < n; i++) {
    const a = args[i];
    if (a instanceof PyBoxed) {
      if (out === args) out = args.slice();
      out[i] = a.value;
    }
  }
  return out;
}

/**
 * A native that reads numbers and strings by value (math's functions, ord):
 * an instance of a subclass of int/float/str is passed as its base value, as
 * CPython's PyFloat_AsDouble / PyNumber_Index / PyUnicode checks accept it.
 */
export function readsValues(fn: NativeFn): NativeFn {
  return (args, kw) => fn(unboxArgs(args, true), kw && unboxKw(kw));
}

function unboxKw(kw: Map<string, PyVal>): Map<string, PyVal> {
  let out = kw;
  for (const [k, v] of kw) {
    if (!(v instanceof PyBoxed)) continue;
    if (out === kw) out = new Map(kw);
    out.set(k, v.value);
  }
  return out;
}

/** The value of a str subclass instance (an attribute name, a key); anything else as it is. */
export function strValueOf(v: PyVal): PyVal {
  return v instanceof PyBoxed && typeof v.value === 'string' ? v.value : v;
}

/**
 * The methods of int, float and str see base values: `Age(5).bit_length()`,
 * `int.__add__(Age(5), 1)`, `'x'.join([S('a')])` read the value, as their C
 * code reads the subclass instance's value. Run once, after the methods are installed.
 */
export function unboxValueMethods(types: readonly PyType[]): void {
  for (const t of types) {
    for (const [name, m] of t.dict) {
      if (!(m instanceof PyBuiltin) || m.self !== undefined || KEEP_SELF.has(name)) continue;
      const fn = m.fn;
      const all = !SELF_ONLY.has(name);
      m.fn = (args, kw) => fn(unboxArgs(args, all), kw);
    }
  }
}
