// A module's compiled code as plain data, as CPython's .pyc is its marshalled
// code: what a worker loads instead of parsing and compiling the file again
// (a started thread's worker, a page worker given the build's compiled lib).
// Plain JSON values only (no bigint, no typed arrays), so the same form goes
// through postMessage, workerData and a JSON chunk of the build.

import type { CodeObject, Const } from '../code';
import type { Instruction } from '../assembler';
import { argShapes, type ArgShape } from './frame';

/** A constant as data: a code object by its index in the module's list, the rest tagged where JSON has no kind of its own. */
export type PackedConst =
  | null
  | boolean
  | string
  | { int: string }
  | { float: number | string }
  | { complex: number | string }
  | { bytes: number[] }
  | { ellipsis: true }
  | { tuple: PackedConst[] }
  | { frozenset: PackedConst[] }
  | { code: number };

/** One code object; instructions by column (7 values each), so a module is a few flat arrays. */
export interface PackedCode {
  name: string;
  qualname: string;
  firstlineno: number;
  counts: [argcount: number, posonly: number, kwonly: number, stacksize: number];
  /** *args / **kwargs (frame.ts's argShapes: CodeObject has no co_flags yet). */
  shape: [varargs: boolean, varkw: boolean];
  consts: PackedConst[];
  names: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  ops: string[];
  args: (number | null)[];
  argreprs: string[];
  /** lineno, endLineno, col, endCol per instruction. */
  positions: (number | null)[];
  /** start, end, target, depth, lasti (0/1) per entry. */
  exceptions: number[];
}

export interface PackedModule {
  /** The format: a form of another version is never read. */
  format: typeof PACK_FORMAT;
  filename: string;
  /** sourceHash of the text it was compiled from: a form of another text is stale. */
  source: string;
  /** Code objects depth first, constants in order (code-table.ts's numbering); [0] is the module. */
  codes: PackedCode[];
}

export const PACK_FORMAT = 1;

const isCode = (c: unknown): c is CodeObject => typeof c === 'object' && c !== null && 'instructions' in c && 'consts' in c;

/** A float that JSON would lose (NaN, ±Infinity, −0) as a string. */
const packFloat = (x: number): number | string => (Number.isFinite(x) && !Object.is(x, -0) ? x : String(Object.is(x, -0) ? '-0' : x));
const unpackFloat = (x: number | string): number => (typeof x === 'number' ? x : x === '-0' ? -0 : Number(x));

/** FNV-1a over the UTF-16 units with the length: enough to tell an edited file from its form (not a defence against forgery). */
export function sourceHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length.toString(36)}-${(h >>> 0).toString(36)}`;
}

export function packModule(root: CodeObject, source: string): PackedModule {
  const codes: PackedCode[] = [];
  const constOf = (k: Const): PackedConst => {
    if (k === null || typeof k === 'boolean' || typeof k === 'string') return k;
    if (typeof k === 'bigint') return { int: k.toString() };
    if (isCode(k)) return { code: walk(k) };
    if ('tuple' in k) return { tuple: k.tuple.map(constOf) };
    if ('frozenset' in k) return { frozenset: k.frozenset.map(constOf) };
    if ('float' in k) return { float: packFloat(k.float) };
    if ('complex' in k) return { complex: packFloat(k.complex) };
    if ('bytes' in k) return { bytes: [...k.bytes] };
    return { ellipsis: true };
  };
  const walk = (c: CodeObject): number => {
    const index = codes.length;
    const shape = argShapes.get(c);
    const ins = c.instructions;
    const packed: PackedCode = {
      name: c.name, qualname: c.qualname, firstlineno: c.firstlineno,
      counts: [c.argcount, c.posonlyargcount, c.kwonlyargcount, c.stacksize],
      shape: [shape?.varargs ?? false, shape?.varkw ?? false],
      consts: [], names: c.names, varnames: c.varnames, cellvars: c.cellvars, freevars: c.freevars,
      ops: ins.map((i) => i.opname), args: ins.map((i) => i.arg), argreprs: ins.map((i) => i.argrepr),
      positions: ins.flatMap((i) => [i.lineno, i.endLineno, i.col, i.endCol]),
      exceptions: c.exceptiontable.flatMap((e) => [e.start, e.end, e.target, e.depth, e.lasti ? 1 : 0]),
    };
    codes.push(packed);
    // Numbered before its constants, as registerModule walks: a nested code's index is its place in this list.
    packed.consts = c.consts.map(constOf);
    return index;
  };
  walk(root);
  return { format: PACK_FORMAT, filename: root.filename, source: sourceHash(source), codes };
}

/** The module's code objects again, with their argShapes; throws on a form this VM does not read. */
export function unpackModule(m: PackedModule): CodeObject {
  if (m.format !== PACK_FORMAT || m.codes.length === 0) throw new Error(`code pack of ${m.filename}: format ${String(m.format)}, expected ${PACK_FORMAT}`);
  const made: CodeObject[] = [];
  const make = (i: number): CodeObject => {
    const have = made[i];
    if (have) return have;
    const p = m.codes[i];
    if (!p) throw new Error(`code pack of ${m.filename}: no code object ${i}`);
    const n = p.ops.length;
    const instructions: Instruction[] = new Array<Instruction>(n);
    const pos = p.positions;
    for (let k = 0; k < n; k++) {
      instructions[k] = {
        opname: p.ops[k] as string, arg: p.args[k] ?? null, argrepr: p.argreprs[k] as string,
        lineno: pos[4 * k] ?? null, endLineno: pos[4 * k + 1] ?? null, col: pos[4 * k + 2] ?? null, endCol: pos[4 * k + 3] ?? null,
      };
    }
    const ex = p.exceptions;
    const exceptiontable = [];
    for (let k = 0; k < ex.length; k += 5) {
      exceptiontable.push({ start: ex[k] as number, end: ex[k + 1] as number, target: ex[k + 2] as number, depth: ex[k + 3] as number, lasti: ex[k + 4] === 1 });
    }
    const [argcount, posonlyargcount, kwonlyargcount, stacksize] = p.counts;
    const code: CodeObject = {
      name: p.name, firstlineno: p.firstlineno, argcount, posonlyargcount, kwonlyargcount, consts: [],
      names: p.names, varnames: p.varnames, cellvars: p.cellvars, freevars: p.freevars, instructions,
      filename: m.filename, qualname: p.qualname, exceptiontable, stacksize,
    };
    made[i] = code;
    code.consts = p.consts.map(constOf);
    const shape: ArgShape = { varargs: p.shape[0], varkw: p.shape[1] };
    if (shape.varargs || shape.varkw) argShapes.set(code, shape);
    return code;
  };
  const constOf = (k: PackedConst): Const => {
    if (k === null || typeof k === 'boolean' || typeof k === 'string') return k;
    if ('int' in k) return BigInt(k.int);
    if ('code' in k) return make(k.code);
    if ('tuple' in k) return { tuple: k.tuple.map(constOf) };
    if ('frozenset' in k) return { frozenset: k.frozenset.map(constOf) };
    if ('float' in k) return { float: unpackFloat(k.float) };
    if ('complex' in k) return { complex: unpackFloat(k.complex) };
    if ('bytes' in k) return { bytes: Uint8Array.from(k.bytes) };
    return { ellipsis: true };
  };
  return make(0);
}
