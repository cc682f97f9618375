// Code objects and their constants: the Const type, Python's repr() of constants
// as dis prints them, truthiness for constant folding, and the opcode tables the
// compiler shares (BINARY_OP and COMPARE_OP opargs).

import type * as A from './ast';
import type { Instruction } from './assembler';
import type { ExceptionEntry } from './exception-table';
import { CompileNotSupported } from './compiler-errors';

/** A frozenset constant comes from `x in {1, 2, 3}` and set displays of constants. */
export type Const = A.ConstantValue | CodeObject | { tuple: Const[] } | { frozenset: Const[] };

export interface CodeObject {
  name: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  consts: Const[];
  names: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  instructions: Instruction[];
  filename: string;
  /** co_qualname: `C.f`, `f.<locals>.g`. */
  qualname: string;
  exceptiontable: ExceptionEntry[];
  /** co_stacksize: the deepest the value stack gets. */
  stacksize: number;
}


// CPython's NB_* oparg numbers for BINARY_OP; the in-place form adds 13.
export const BINARY_OPARG: Record<A.Operator, [number, string]> = {
  Add: [0, '+'], BitAnd: [1, '&'], FloorDiv: [2, '//'], LShift: [3, '<<'], MatMult: [4, '@'], Mult: [5, '*'],
  Mod: [6, '%'], BitOr: [7, '|'], Pow: [8, '**'], RShift: [9, '>>'], Sub: [10, '-'], Div: [11, '/'], BitXor: [12, '^'],
};
// COMPARE_OP's oparg in 3.12: the comparison << 4, plus a mask its specializations use.
export const COMPARE_OPARG: Partial<Record<A.CmpOperator, [number, string]>> = {
  Lt: [2, '<'], LtE: [26, '<='], Eq: [40, '=='], NotEq: [55, '!='], Gt: [68, '>'], GtE: [92, '>='],
};
export const UNARY_OP: Partial<Record<A.UnaryOperator, string>> = { USub: 'UNARY_NEGATIVE', Invert: 'UNARY_INVERT', Not: 'UNARY_NOT' };

/** Python's repr() of a constant, as dis shows it. */
export function constRepr(v: Const): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'string') {
    const q = v.includes("'") && !v.includes('"') ? '"' : "'";
    const body = v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r');
    // Other unprintable characters as repr() writes them: \xNN below U+0100, \uNNNN for the separators.
    // Characters str.isprintable() rejects, as repr() escapes them: \xNN, \uNNNN, \UNNNNNNNN.
    const shown = [...body].map((c) => {
      const n = c.codePointAt(0) ?? 0;
      if (c === ' ' || !/[\p{C}\p{Z}]/u.test(c)) return c;
      if (n < 0x100) return `\\x${n.toString(16).padStart(2, '0')}`;
      return n < 0x10000 ? `\\u${n.toString(16).padStart(4, '0')}` : `\\U${n.toString(16).padStart(8, '0')}`;
    }).join('');
    return q + (q === "'" ? shown.replace(/'/g, "\\'") : shown) + q;
  }
  if ('instructions' in v) return `<code object ${v.name}>`;
  if ('tuple' in v) return v.tuple.length === 1 ? `(${constRepr(v.tuple[0] ?? null)},)` : `(${v.tuple.map(constRepr).join(', ')})`;
  if ('frozenset' in v) return v.frozenset.length ? `frozenset({${v.frozenset.map(constRepr).join(', ')}})` : 'frozenset()';
  if ('float' in v) return floatRepr(v.float);
  if ('complex' in v) return `${floatRepr(v.complex).replace(/\.0$/, '')}j`;
  if ('bytes' in v) return bytesRepr(v.bytes);
  if ('ellipsis' in v) return 'Ellipsis';
  throw new CompileNotSupported('constant kind');
}

/** Python truthiness of a constant (for folding `while True`); undefined when not decidable here. */
export function truthy(v: Const): boolean | undefined {
  if (v === null || typeof v === 'boolean') return v === true;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'string') return v.length > 0;
  if ('tuple' in v) return v.tuple.length > 0;
  if ('frozenset' in v) return v.frozenset.length > 0;
  if ('float' in v) return v.float !== 0;
  if ('bytes' in v) return v.bytes.length > 0;
  return undefined;
}

export function sameConst(a: Const, b: Const): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if ('tuple' in a && 'tuple' in b) return a.tuple.length === b.tuple.length && a.tuple.every((x, i) => sameConst(x, b.tuple[i] ?? null));
  if ('frozenset' in a && 'frozenset' in b) return a.frozenset.length === b.frozenset.length && a.frozenset.every((x, i) => sameConst(x, b.frozenset[i] ?? null));
  if ('bytes' in a && 'bytes' in b) return a.bytes.length === b.bytes.length && a.bytes.every((x, i) => x === b.bytes[i]);
  if ('complex' in a && 'complex' in b) return Object.is(a.complex, b.complex);
  return 'float' in a && 'float' in b && Object.is(a.float, b.float);
}

/** A tuple display of constants is one constant in CPython (its AST optimizer folds it). */
export function foldTuple(e: A.Tuple): Const | null {
  const out: Const[] = [];
  for (const x of e.elts) {
    if (x._type === 'Constant') out.push(x.value);
    else if (x._type === 'Tuple') {
      const inner = foldTuple(x);
      if (!inner) return null;
      out.push(inner);
    } else return null;
  }
  return e.elts.length ? { tuple: out } : { tuple: [] };
}

/** repr() of a float, close to CPython's shortest repr (exponent form from 1e16 on and below 1e-4). */
function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const a = Math.abs(x);
  if (a !== 0 && (a >= 1e16 || a < 1e-4)) {
    const [m, e] = x.toExponential().split('e') as [string, string];
    const exp = Number(e);
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const s = String(x);
  return Number.isInteger(x) ? `${Object.is(x, -0) ? '-0' : s}.0` : s;
}

function bytesRepr(b: Uint8Array): string {
  const chars = [...b].map((n) => {
    if (n === 0x5c) return '\\\\';
    if (n === 0x09) return '\\t';
    if (n === 0x0a) return '\\n';
    if (n === 0x0d) return '\\r';
    if (n < 0x20 || n >= 0x7f) return `\\x${n.toString(16).padStart(2, '0')}`;
    return String.fromCharCode(n);
  }).join('');
  const q = chars.includes("'") && !chars.includes('"') ? '"' : "'";
  return `b${q}${q === "'" ? chars.replace(/'/g, "\\'") : chars}${q}`;
}
