// The builtins module's functions.

import { unbox, strValueOf } from './boxed';

/** getattr & co.: an attribute name that is a str subclass's instance is its str. */
function namedArgs(a: PyVal[]): PyVal[] {
  return a.length > 1 ? [a[0] as PyVal, strValueOf(a[1] as PyVal), ...a.slice(2)] : a;
}
import { PyObj, PyType, PyList, PyTuple, PyFunction, PyBuiltin, PyMethod, PyException, PyIter, PyWrapper, PyModule, type PyVal } from './objects';
import { PyDict } from './collections';
import { T, EXC, raise, typeOf, typeName, isSubtype, isInstance, NotImplemented, Ellipsis } from './types';
import * as ops from './ops';
import { binop } from './arith';
import { builtin, arity, kwarg, checkKw } from './native';
import { stdFileFd } from './modules';
import { format, asciiOf } from './interp-helpers';
import { toFloat } from './ctors';
import { roundFloat } from './values-fallback';
import { PyComplex, complexAbsOf } from './complex';
import { isSlotKey } from './slots';

export interface BuiltinsIO {
  write(fd: number, text: string): void;
  /** Passes on the process's partial line of fd (worker mode keeps it in the host until its newline). */
  flush?(fd: number): void;
  readline(forInput?: boolean): string | null;
  /** sys.stdout as the program left it (undefined before sys exists): print() writes there. */
  stdout?(): PyVal | undefined;
}

function iterArg(name: string, args: PyVal[], kw: Map<string, PyVal> | null): { items: PyVal[]; key: PyVal; dflt: PyVal | undefined } {
  checkKw(name, kw, ['key', 'default']);
  const key = kwarg(kw, 'key', null);
  const dflt = kw?.get('default');
  if (args.length === 0) throw raise('TypeError', `${name} expected at least 1 argument, got 0`);
  if (args.length > 1) {
    if (dflt !== undefined) throw raise('TypeError', `Cannot specify a default for ${name}() with multiple positional arguments`);
    return { items: args, key, dflt };
  }
  return { items: ops.toArray(args[0] as PyVal), key, dflt };
}

function minmax(name: string, args: PyVal[], kw: Map<string, PyVal> | null, better: (a: PyVal, b: PyVal) => boolean): PyVal {
  const { items, key, dflt } = iterArg(name, args, kw);
  if (!items.length) {
    if (dflt !== undefined) return dflt;
    throw raise('ValueError', `${name}() iterable argument is empty`);
  }
  let best = items[0] as PyVal;
  let bestKey = key === null ? best : ops.call(key, [best]);
  for (let i = 1; i < items.length; i++) {
    const v = items[i] as PyVal;
    const k = key === null ? v : ops.call(key, [v]);
    if (better(k, bestKey)) {
      best = v;
      bestKey = k;
    }
  }
  return best;
}

function lazy(it: () => PyVal | undefined): PyIter {
  return new PyIter(T.iterator, it);
}

function isinstanceCheck(v: PyVal, t: PyVal, fname: string): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => isinstanceCheck(v, x, fname));
  if (!(t instanceof PyType)) throw raise('TypeError', `${fname}() arg 2 must be a type, a tuple of types, or a union`);
  if (t.heap) {
    const hook = ops.lookupType(t.cls, '__instancecheck__');
    if (hook !== undefined && t.cls.heap) return ops.truthy(ops.callMethodValue(hook, t, [v]));
  }
  return fname === 'isinstance' ? isInstance(v, t) : v instanceof PyType && isSubtype(v, t);
}

/** The inverse of a modulo m (pow(a, -1, m)), by the extended Euclidean algorithm. */
function modInverse(a: bigint, m: bigint): bigint {
  const am = m < 0n ? -m : m;
  let [r0, r1] = [((a % am) + am) % am, am];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw raise('ValueError', 'base is not invertible for the given modulus');
  return s0;
}

export function makeBuiltins(io: BuiltinsIO): Map<string, PyVal> {
  const b = new Map<string, PyVal>();
  const add = (name: string, fn: (args: PyVal[], kw: Map<string, PyVal> | null) => PyVal): void => void b.set(name, builtin(name, fn));
  for (const t of [T.object, T.type, T.int, T.bool, T.float, T.complex, T.str, T.list, T.tuple, T.dict, T.set, T.frozenset, T.range, T.slice, T.property, T.staticmethod, T.classmethod, T.super, T.bytes]) {
    b.set(t.name, t);
  }
  for (const [n, t] of Object.entries(EXC)) b.set(n, t);
  b.set('None', null);
  b.set('True', true);
  b.set('False', false);
  b.set('NotImplemented', NotImplemented);
  b.set('Ellipsis', Ellipsis);
  b.set('__debug__', true);

  add('print', (args, kw) => {
    checkKw('print', kw, ['sep', 'end', 'file', 'flush']);
    const sep = kwarg(kw, 'sep', null);
    const end = kwarg(kw, 'end', null);
    if (sep !== null && typeof sep !== 'string') throw raise('TypeError', `sep must be None or a string, not ${typeName(sep)}`);
    if (end !== null && typeof end !== 'string') throw raise('TypeError', `end must be None or a string, not ${typeName(end)}`);
    // CPython: file=None (the default) is sys.stdout now, and nothing at all when that is None.
    const given = kwarg(kw, 'file', null);
    const file = given ?? io.stdout?.() ?? null;
    if (file === null && given === null && io.stdout?.() === null) return null;
    const fd = stdFileFd(file);
    const e = end ?? '\n';
    if (fd === null && file !== null) {
      // CPython's print writes each piece on its own (a writer sees 'a', ' ', 'b', '\n').
      const w = ops.getAttr(file, 'write');
      args.forEach((a, i) => {
        if (i > 0) ops.call(w, [sep ?? ' ']);
        ops.call(w, [ops.str(a)]);
      });
      ops.call(w, [e]);
      if (kw?.get('flush')) ops.call(ops.getAttr(file, 'flush'), []);
      return null;
    }
    // One write for the whole line, as CPython's buffered sys.stdout hands it on: another process's print
    // (running in parallel on its own workers) can then never land between a line and its end.
    const text = args.map(ops.str).join(sep ?? ' ');
    io.write(fd ?? 1, text + e);
    if (kw?.get('flush') !== undefined && ops.truthy(kw.get('flush') as PyVal)) io.flush?.(fd ?? 1);
    return null;
  });
  add('input', (args) => {
    if (args.length) {
      io.write(1, ops.str(args[0] as PyVal));
      // CPython's input() flushes stdout before it reads: the prompt shows.
      io.flush?.(1);
    }
    const line = io.readline(true);
    if (line === null) throw raise('EOFError', 'EOF when reading a line');
    return line.endsWith('\n') ? line.slice(0, -1) : line;
  });
  add('len', (args) => {
    arity('len', args, 1);
    return BigInt(ops.len(args[0] as PyVal));
  });
  add('repr', (args) => {
    arity('repr', args, 1);
    return ops.repr(args[0] as PyVal);
  });
  add('ascii', (args) => asciiOf(ops.repr(args[0] as PyVal)));
  add('isinstance', (args) => {
    arity('isinstance', args, 2);
    return isinstanceCheck(args[0] as PyVal, args[1] as PyVal, 'isinstance');
  });
  add('issubclass', (args) => {
    arity('issubclass', args, 2);
    if (!(args[0] instanceof PyType)) throw raise('TypeError', 'issubclass() arg 1 must be a class');
    return isinstanceCheck(args[0], args[1] as PyVal, 'issubclass');
  });
  add('abs', (args) => {
    arity('abs', args, 1);
    const arg = args[0] as PyVal;
    if (arg instanceof PyObj && arg.cls.heap) {
      const m = ops.userDunder(arg.cls, '__abs__');
      if (m !== undefined) return ops.callMethodValue(m, arg, []);
    }
    const v = unbox(arg);
    if (typeof v === 'bigint') return v < 0n ? -v : v;
    if (typeof v === 'boolean') return v ? 1n : 0n;
    if (typeof v === 'number') return Math.abs(v);
    if (v instanceof PyComplex) return complexAbsOf(v);
    throw raise('TypeError', `bad operand type for abs(): '${typeName(v)}'`);
  });
  add('min', (args, kw) => minmax('min', args, kw, (a, c) => ops.lessThan(a, c)));
  add('max', (args, kw) => minmax('max', args, kw, (a, c) => ops.lessThan(c, a)));
  add('sum', (args, kw) => {
    const start = args[1] ?? kwarg(kw, 'start', 0n);
    if (typeof start === 'string') throw raise('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
    let acc: PyVal = start;
    for (const v of ops.toArray(args[0] as PyVal)) acc = binop('+', acc, v);
    return acc;
  });
  add('sorted', (args, kw) => {
    checkKw('sorted', kw, ['key', 'reverse']);
    if (args.length !== 1) throw raise('TypeError', `sorted expected 1 argument, got ${args.length}`);
    // As CPython: a new list, then its sort(). A list's refs are copied (nothing decoded and stored again), then moved by the sort.
    const src = args[0] as PyVal;
    const l = src instanceof PyList ? src.slice(T.list, 0, src.length) : new PyList(T.list, ops.toArray(src));
    (T.list.dict.get('sort') as PyBuiltin).fn([l], kw);
    return l;
  });
  add('reversed', (args) => {
    const v = args[0] as PyVal;
    if (v instanceof PyObj && v.cls.heap) {
      const m = ops.userDunder(v.cls, '__reversed__');
      if (m !== undefined) return ops.callMethodValue(m, v, []);
    }
    if (v instanceof PyDict || v instanceof PyList || v instanceof PyTuple || typeof v === 'string' || (v instanceof PyObj && v.cls === T.range)) {
      const items = v instanceof PyList ? v.items : ops.toArray(v);
      let i = items.length - 1;
      return lazy(() => (i >= 0 && i < items.length ? items[i--] : undefined));
    }
    throw raise('TypeError', `'${typeName(v)}' object is not reversible`);
  });
  add('enumerate', (args, kw) => {
    const it = ops.getIter(args[0] ?? (kw?.get('iterable') as PyVal));
    let i = ops.index(args[1] ?? kwarg(kw, 'start', 0n));
    return lazy(() => {
      const v = ops.next(it);
      return v === undefined ? undefined : new PyTuple(T.tuple, [i++, v]);
    });
  });
  add('zip', (args, kw) => {
    const strict = ops.truthy(kwarg(kw, 'strict', false));
    const its = args.map(ops.getIter);
    return lazy(() => {
      if (!its.length) return undefined;
      const out: PyVal[] = [];
      for (let k = 0; k < its.length; k++) {
        const v = ops.next(its[k] as PyVal);
        if (v === undefined) {
          if (strict && k > 0) throw raise('ValueError', `zip() argument ${k + 1} is shorter than argument${k > 1 ? 's 1-' + k : ' 1'}`);
          return undefined;
        }
        out.push(v);
      }
      return new PyTuple(T.tuple, out);
    });
  });
  add('map', (args) => {
    if (args.length < 2) throw raise('TypeError', 'map() must have at least two arguments.');
    const f = args[0] as PyVal;
    const its = args.slice(1).map(ops.getIter);
    return lazy(() => {
      const vals: PyVal[] = [];
      for (const it of its) {
        const v = ops.next(it);
        if (v === undefined) return undefined;
        vals.push(v);
      }
      return ops.call(f, vals);
    });
  });
  add('filter', (args) => {
    const f = args[0] as PyVal;
    const it = ops.getIter(args[1] as PyVal);
    return lazy(() => {
      for (let v = ops.next(it); v !== undefined; v = ops.next(it)) if (ops.truthy(f === null ? v : ops.call(f, [v]))) return v;
      return undefined;
    });
  });
  add('any', (args) => {
    const it = ops.getIter(args[0] as PyVal);
    for (let v = ops.next(it); v !== undefined; v = ops.next(it)) if (ops.truthy(v)) return true;
    return false;
  });
  add('all', (args) => {
    const it = ops.getIter(args[0] as PyVal);
    for (let v = ops.next(it); v !== undefined; v = ops.next(it)) if (!ops.truthy(v)) return false;
    return true;
  });
  add('iter', (args) => {
    if (args.length === 2) {
      const [f, sentinel] = args as [PyVal, PyVal];
      return lazy(() => {
        const v = ops.call(f, []);
        return ops.eq(v, sentinel) ? undefined : v;
      });
    }
    return ops.getIter(args[0] as PyVal);
  });
  add('next', (args) => {
    const it = args[0] as PyVal;
    if (!(it instanceof PyObj) || (!(it instanceof PyIter) && ops.lookupType(it.cls, '__next__') === undefined && it.cls !== T.generator)) {
      throw raise('TypeError', `'${typeName(it)}' object is not an iterator`);
    }
    const v = ops.next(it);
    if (v !== undefined) return v;
    if (args.length > 1) return args[1] as PyVal;
    throw raise('StopIteration');
  });
  add('hasattr', (args) => {
    arity('hasattr', args, 2);
    args = namedArgs(args);
    try {
      return ops.getAttrOpt(args[0] as PyVal, args[1] as string) !== undefined;
    } catch (e) {
      if (e instanceof PyException && isSubtype(e.cls, EXC.AttributeError as PyType)) return false;
      throw e;
    }
  });
  add('getattr', (args) => {
    args = namedArgs(args);
    if (typeof args[1] !== 'string') throw raise('TypeError', 'attribute name must be string');
    if (args.length > 2) {
      try {
        return ops.getAttrOpt(args[0] as PyVal, args[1]) ?? (args[2] as PyVal);
      } catch (e) {
        if (e instanceof PyException && isSubtype(e.cls, EXC.AttributeError as PyType)) return args[2] as PyVal;
        throw e;
      }
    }
    return ops.getAttr(args[0] as PyVal, args[1]);
  });
  add('setattr', (args) => {
    args = namedArgs(args);
    ops.setAttr(args[0] as PyVal, args[1] as string, args[2] as PyVal);
    return null;
  });
  add('delattr', (args) => {
    args = namedArgs(args);
    ops.delAttr(args[0] as PyVal, args[1] as string);
    return null;
  });
  add('id', (args) => {
    const v = args[0] as PyVal;
    return v instanceof PyObj ? BigInt(ops.idOf(v)) : BigInt(ops.hash(v));
  });
  add('hash', (args) => ops.hash(args[0] as PyVal));
  add('callable', (args) => {
    const v = args[0] as PyVal;
    return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyMethod || v instanceof PyType || (v instanceof PyObj && ops.lookupType(v.cls, '__call__') !== undefined);
  });
  add('chr', (args) => {
    const n = Number(ops.index(args[0] as PyVal));
    if (n < 0 || n > 0x10ffff) throw raise('ValueError', 'chr() arg not in range(0x110000)');
    return String.fromCodePoint(n);
  });
  add('ord', (args) => {
    const s = strValueOf(args[0] as PyVal);
    if (typeof s !== 'string') throw raise('TypeError', `ord() expected string of length 1, but ${typeName(s)} found`);
    const n = ops.strLen(s);
    if (n !== 1) throw raise('TypeError', `ord() expected a character, but string of length ${n} found`);
    return BigInt(s.codePointAt(0) as number);
  });
  const radix = (name: string, base: number, prefix: string): void =>
    add(name, (args) => {
      const n = ops.index(args[0] as PyVal);
      return (n < 0n ? '-' : '') + prefix + (n < 0n ? -n : n).toString(base);
    });
  radix('hex', 16, '0x');
  radix('oct', 8, '0o');
  radix('bin', 2, '0b');
  add('round', (args, kw) => {
    const arg = args[0] as PyVal;
    const nd = args[1] ?? kwarg(kw, 'ndigits', null);
    if (arg instanceof PyObj && arg.cls.heap) {
      const m = ops.userDunder(arg.cls, '__round__');
      if (m !== undefined) return ops.callMethodValue(m, arg, nd === null ? [] : [nd]);
    }
    const v = unbox(arg);
    if (ops.isIntLike(v)) {
      const n = ops.toBig(v);
      if (nd === null || ops.index(nd) >= 0n) return n;
      const p = 10n ** -ops.index(nd);
      const q = n / p, r = n % p;
      const half = p / 2n;
      const ar = r < 0n ? -r : r;
      let res = q;
      if (ar > half || (ar === half && q % 2n !== 0n)) res += n < 0n ? -1n : 1n;
      return res * p;
    }
    if (typeof v !== 'number') throw raise('TypeError', `type ${typeName(v)} doesn't define __round__ method`);
    if (nd === null) return roundFloat(v);
    return roundFloat(v, ops.index(nd));
  });
  add('divmod', (args) => new PyTuple(T.tuple, [binop('//', args[0] as PyVal, args[1] as PyVal), binop('%', args[0] as PyVal, args[1] as PyVal)]));
  add('pow', (args) => {
    if (args.length === 3) {
      if (args.some((x) => x instanceof PyComplex)) throw raise('ValueError', 'complex modulo');
      let base = ops.index(args[0] as PyVal), e = ops.index(args[1] as PyVal);
      const m = ops.index(args[2] as PyVal);
      if (m === 0n) throw raise('ValueError', 'pow() 3rd argument cannot be 0');
      let r = 1n;
      base %= m;
      if (e < 0n) {
        base = modInverse(base, m);
        e = -e;
      }
      while (e > 0n) {
        if (e & 1n) r = (r * base) % m;
        base = (base * base) % m;
        e >>= 1n;
      }
      return ((r % m) + m) % m;
    }
    return binop('**', args[0] as PyVal, args[1] as PyVal);
  });
  add('format', (args) => format(args[0] as PyVal, (args[1] as string | undefined) ?? ''));
  add('vars', (args) => {
    const v = args[0] as PyVal;
    if (v instanceof PyModule) return v.ns;
    // vars(x) is x.__dict__ (the same object: a class's mappingproxy, an instance's own dict).
    const d = v === undefined ? undefined : ops.getAttrOpt(v, '__dict__');
    if (d !== undefined) return d;
    throw raise('TypeError', 'vars() argument must have __dict__ attribute');
  });
  add('dir', (args) => {
    const v = args[0] as PyVal;
    const names = new Set<string>();
    if (v instanceof PyModule) for (const k of (v.ns as PyDict).keys()) names.add(k as string);
    else {
      if (v instanceof PyObj && v.dict) for (const k of v.dict.keys()) if (!isSlotKey(k)) names.add(k);
      for (const t of (v instanceof PyType ? v : typeOf(v)).mro) for (const k of t.dict.keys()) names.add(k);
    }
    return new PyList(T.list, [...names].sort());
  });
  add('exit', (args) => {
    throw sysExit(args[0] ?? null);
  });
  b.set('quit', b.get('exit') as PyVal);
  add('__import__', () => {
    throw raise('ImportError', '__import__ is not supported');
  });
  add('open', () => {
    throw raise('OSError', 'open() is not supported in this VM');
  });
  b.set('bytearray', T.bytearray);
  void toFloat;
  void PyWrapper;
  return b;
}

export function sysExit(code: PyVal): PyException {
  const e = new PyException(EXC.SystemExit as PyType);
  e.args = code === null ? [] : [code];
  return e;
}
