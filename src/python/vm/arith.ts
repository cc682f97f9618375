// Binary and unary operators with Python's numeric semantics and its dunder
// protocol (__add__ / __radd__ / __iadd__ with NotImplemented).

import { PyObj, PyList, PyTuple, PyBytes, type PyVal, type PyType } from './objects';
import { PyDict, PySet } from './collections';
import { setBinary, setInPlace } from './set-ops';
import { T, typeOf, typeName, raise, NotImplemented, isSubtype } from './types';
import { userDunder, lookupType, callMethodValue, isIntLike, toBig, toNum, index, repr, str, toArray } from './ops';
import { intFloorDiv, intMod, floatMod, floatFloorDiv, intPow, floatPow, intTrueDiv, floatTrueDiv } from './values-fallback';
import { percentFormat } from './percent';
import { PyBoxed, unbox } from './boxed';
import { PyComplex, complexBinop, complexUnary, floatPowNeedsComplex } from './complex';

const NAMES: Record<string, string> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'truediv', '//': 'floordiv', '%': 'mod', '**': 'pow',
  '<<': 'lshift', '>>': 'rshift', '&': 'and', '|': 'or', '^': 'xor', '@': 'matmul',
};

/** BINARY_OP's oparg → operator text (the in-place forms add 13). */
export const BINOPS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];

function intOp(op: string, a: bigint, b: bigint): PyVal {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/':
      return intTrueDiv(a, b);
    case '//': return intFloorDiv(a, b);
    case '%': return intMod(a, b);
    case '**':
      if (b > 100000n && (a > 1n || a < -1n)) throw raise('MemoryError');
      return intPow(a, b);
    case '<<':
      if (b < 0n) throw raise('ValueError', 'negative shift count');
      return a << b;
    case '>>':
      if (b < 0n) throw raise('ValueError', 'negative shift count');
      return a >> b;
    case '&': return a & b;
    case '|': return a | b;
    case '^': return a ^ b;
  }
  return NotImplemented;
}

function floatOp(op: string, a: number, b: number): PyVal {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/':
      return floatTrueDiv(a, b);
    case '//': return floatFloorDiv(a, b);
    case '%': return floatMod(a, b);
    case '**':
      if (floatPowNeedsComplex(a, b)) return complexBinop(op, new PyComplex(T.complex, a, 0), b);
      return floatPow(a, b);
  }
  return NotImplemented;
}

/** The operator as the builtin types define it (no dunders of classes asked): NotImplemented when they do not. */
export function builtinBinop(op: string, a: PyVal, b: PyVal): PyVal {
  const ai = isIntLike(a), bi = isIntLike(b);
  if (ai && bi) {
    if (typeof a === 'boolean' && typeof b === 'boolean' && (op === '&' || op === '|' || op === '^')) {
      return op === '&' ? a && b : op === '|' ? a || b : a !== b;
    }
    return intOp(op, toBig(a), toBig(b));
  }
  if ((ai || typeof a === 'number') && (bi || typeof b === 'number')) {
    const x = toNum(a as number), y = toNum(b as number);
    if (!Number.isFinite(x) && typeof a !== 'number') throw raise('OverflowError', 'int too large to convert to float');
    return floatOp(op, x, y);
  }
  if (a instanceof PyComplex || b instanceof PyComplex) return complexBinop(op, a, b);
  switch (op) {
    case '+':
      if (typeof a === 'string' && typeof b === 'string') return a + b;
      if (a instanceof PyList && b instanceof PyList) return new PyList(T.list, [...a.items, ...b.items]);
      if (a instanceof PyTuple && b instanceof PyTuple) return new PyTuple(T.tuple, [...a.items, ...b.items]);
      if (a instanceof PyBytes && b instanceof PyBytes) {
        const out = new Uint8Array(a.data.length + b.data.length);
        out.set(a.data);
        out.set(b.data, a.data.length);
        // The left operand's kind: bytearray + bytes is a bytearray, bytes + bytearray is bytes.
        return new PyBytes(a.cls === T.bytearray ? T.bytearray : T.bytes, out);
      }
      break;
    case '*': {
      const seq = ai ? b : a;
      const n = ai ? a : b;
      if (isIntLike(n)) {
        const k = Math.max(0, Number(toBig(n)));
        if (typeof seq === 'string') {
          if (seq.length * k > 1e9) throw raise('MemoryError');
          return seq.repeat(k);
        }
        if (seq instanceof PyBytes) {
          if (seq.data.length * k > 1e9) throw raise('MemoryError');
          const out = new Uint8Array(seq.data.length * k);
          for (let i = 0; i < k; i++) out.set(seq.data, i * seq.data.length);
          return new PyBytes(seq.cls === T.bytearray ? T.bytearray : T.bytes, out);
        }
        if (seq instanceof PyList || seq instanceof PyTuple) {
          if (seq.items.length * k > 1e8) throw raise('MemoryError');
          const out: PyVal[] = [];
          for (let i = 0; i < k; i++) out.push(...seq.items);
          return seq instanceof PyList ? new PyList(T.list, out) : new PyTuple(T.tuple, out);
        }
      }
      break;
    }
    case '%':
      if (typeof a === 'string') return percentFormat(a, b);
      if (a instanceof PyBytes) return callMethodValue(lookupType(a.cls, '__mod__') as PyVal, a, [b]);
      break;
    case '|': case '&': case '-': case '^':
      if (a instanceof PySet && b instanceof PySet) return setBinary(op, a, b);
      if (op === '|' && a instanceof PyDict && b instanceof PyDict) {
        const d = new PyDict(T.dict);
        for (const [k, v] of a.entries()) d.set(k, v);
        for (const [k, v] of b.entries()) d.set(k, v);
        return d;
      }
      break;
  }
  return NotImplemented;
}

function opError(op: string, a: PyVal, b: PyVal): never {
  if (op === '+' && typeof a === 'string') throw raise('TypeError', `can only concatenate str (not "${typeName(b)}") to str`);
  if (op === '+' && (a instanceof PyList || a instanceof PyTuple) && !(a instanceof PyObj && a.cls.heap)) {
    throw raise('TypeError', `can only concatenate ${typeName(a)} (not "${typeName(b)}") to ${typeName(a)}`);
  }
  if ((op === '+' || op === '+=') && a instanceof PyBytes) throw raise('TypeError', `can't concat ${typeName(b)} to ${typeName(a)}`);
  if (op === '*' || op === '*=') {
    if ((typeof a === 'string' || a instanceof PyList || a instanceof PyTuple) && !isIntLike(b)) {
      throw raise('TypeError', `can't multiply sequence by non-int of type '${typeName(b)}'`);
    }
    if ((typeof b === 'string' || b instanceof PyList || b instanceof PyTuple) && !isIntLike(a)) {
      throw raise('TypeError', `can't multiply sequence by non-int of type '${typeName(a)}'`);
    }
  }
  const shown = op === '**' ? '** or pow()' : op === '**=' ? '**=' : op;
  throw raise('TypeError', `unsupported operand type(s) for ${shown}: '${typeName(a)}' and '${typeName(b)}'`);
}

export function binop(op: string, a: PyVal, b: PyVal): PyVal {
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    switch (op) {
      case '+': return a + b;
      case '-': return a - b;
      case '*': return a * b;
      case '<': return a < b;
    }
  }
  const ta = typeOf(a), tb = typeOf(b);
  if (ta.heap || tb.heap) {
    const name = NAMES[op] as string;
    const tryM = (x: PyVal, t: PyType, m: string, y: PyVal): PyVal => {
      const f = t.heap ? userDunder(t, m) : undefined;
      return f === undefined ? NotImplemented : callMethodValue(f, x, [y]);
    };
    const subFirst = tb !== ta && isSubtype(tb, ta) && tb.heap;
    if (subFirst) {
      const r = tryM(b, tb, `__r${name}__`, a);
      if (r !== NotImplemented) return r;
    }
    let r = tryM(a, ta, `__${name}__`, b);
    if (r !== NotImplemented) return r;
    // int.__add__ and its kin read a subclass instance's value (and give a plain int back).
    // str % x formats x itself (its __str__), so only the format string is read as a value.
    const left = unbox(a);
    r = builtinBinop(op, left, op === '%' && typeof left === 'string' ? b : unbox(b));
    if (r !== NotImplemented) return r;
    if (!subFirst && tb !== ta) {
      r = tryM(b, tb, `__r${name}__`, a);
      if (r !== NotImplemented) return r;
    }
    return opError(op, a, b);
  }
  const r = builtinBinop(op, a, b);
  if (r === NotImplemented) opError(op, a, b);
  return r;
}

export function inplace(op: string, a: PyVal, b: PyVal): PyVal {
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    if (op === '+') return a + b;
    if (op === '-') return a - b;
  }
  const ta = typeOf(a);
  if (ta.heap) {
    const f = userDunder(ta, `__i${NAMES[op] as string}__`);
    if (f !== undefined) {
      const r = callMethodValue(f, a, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  if (a instanceof PyList) {
    if (op === '+') {
      a.push(...toArray(b));
      return a;
    }
    if (op === '*' && isIntLike(b)) {
      const items = a.items;
      const out: PyVal[] = [];
      for (let i = 0; i < Number(toBig(b)); i++) out.push(...items);
      a.items = out;
      return a;
    }
  }
  if (a instanceof PySet && b instanceof PySet && !a.frozen && '|&-^'.includes(op)) {
    setInPlace(op, a, b);
    return a;
  }
  if (a instanceof PyDict && b instanceof PyDict && op === '|') {
    for (const [k, v] of b.entries()) a.set(k, v);
    return a;
  }
  try {
    return binop(op, a, b);
  } catch (e) {
    if (e instanceof PyObj && 'args' in e) {
      const msg = (e as { args: PyVal[] }).args[0];
      if (typeof msg === 'string' && msg.startsWith(`unsupported operand type(s) for ${op === '**' ? '** or pow()' : op}:`)) {
        throw raise('TypeError', `unsupported operand type(s) for ${op}=: '${typeName(a)}' and '${typeName(b)}'`);
      }
    }
    throw e;
  }
}

export function unary(op: string, v: PyVal): PyVal {
  if (op === 'not') return !truthyOf(v);
  if (typeof v === 'bigint' || typeof v === 'boolean') {
    const n = toBig(v);
    return op === '-' ? -n : op === '+' ? n : ~n;
  }
  if (typeof v === 'number') {
    if (op === '-') return -v;
    if (op === '+') return v;
  }
  if (v instanceof PyComplex && op !== '~') return complexUnary(op, v);
  const t = typeOf(v);
  const m = { '-': '__neg__', '+': '__pos__', '~': '__invert__' }[op] as string;
  if (t.heap) {
    const f = userDunder(t, m);
    if (f !== undefined) return callMethodValue(f, v, []);
  }
  if (v instanceof PyBoxed && typeof v.value !== 'string') return unary(op, v.value);
  const shown = op === '-' ? 'unary -' : op === '+' ? 'unary +' : 'unary ~';
  throw raise('TypeError', `bad operand type for ${shown}: '${t.name}'`);
}

let truthyOf: (v: PyVal) => boolean = () => true;
export function setTruthy(f: (v: PyVal) => boolean): void {
  truthyOf = f;
}

export { index, repr, str };
