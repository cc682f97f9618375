// Frames, threads' frame stacks, and what the VM derives once per code object
// (instruction offsets, jump targets, the exception table by index).

import type { CodeObject } from '../code';
import { instructionOffsets, type Instruction } from '../assembler';
import { PyObj, PyFunction, PyException, PyInstance, type PyVal, type PyDictLike, type PyType } from './objects';
import type { PyDict } from './collections';
import type { GlobalSlots } from './global-cache';
import type { AttrSlots } from './attr-cache';
import type { MethodSlots } from './builtin-method-cache';

export interface ExceptionEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

// Inline CACHE entries per opcode in 3.12 (they count in byte offsets).
const CACHES: Record<string, number> = {
  BINARY_SUBSCR: 1, STORE_SUBSCR: 1, UNPACK_SEQUENCE: 1, FOR_ITER: 1, STORE_ATTR: 4, LOAD_ATTR: 9, COMPARE_OP: 1,
  LOAD_GLOBAL: 4, BINARY_OP: 1, SEND: 1, LOAD_SUPER_ATTR: 1, CALL: 3,
};

export interface CodeInfo {
  code: CodeObject;
  filename: string;
  ops: string[];
  args: number[];
  /** Instruction index a jump goes to, by instruction index (-1 where none). */
  targets: Int32Array;
  offsets: number[];
  handlers: { start: number; end: number; target: number; depth: number; lasti: boolean }[];
  nlocals: number;
  /** Localsplus slots to turn into cells on entry are done by MAKE_CELL; free vars start here. */
  freeStart: number;
  nparams: number;
  varargs: boolean;
  varkw: boolean;
  isGenerator: boolean;
  localsplus: string[];
  /** The loop's numeric opcodes, made on first run (interp.ts's encodeOps). */
  codes: Uint8Array | null;
  /** LOAD_CONST's values by const index, decoded on first use (undefined: not yet). */
  constVals: (PyVal | undefined)[] | null;
  /** LOAD_GLOBAL's caches by instruction (global-cache.ts), made on first use. */
  globalSlots: GlobalSlots | null;
  /** LOAD_ATTR / STORE_ATTR's caches by instruction (attr-cache.ts), made on first use. */
  attrSlots: AttrSlots | null;
  /** LOAD_ATTR's methods of immutable builtin types by instruction (builtin-method-cache.ts). */
  methodSlots: MethodSlots | null;
}

const infos = new WeakMap<CodeObject, CodeInfo>();

export interface ArgShape {
  varargs: boolean;
  varkw: boolean;
}

/** `*args` / `**kwargs` of each function, which CodeObject does not carry (it has no co_flags yet). */
export const argShapes = new WeakMap<CodeObject, ArgShape>();

export function codeInfo(code: CodeObject, filename: string): CodeInfo {
  let info = infos.get(code);
  if (info) return info;
  const ins: Instruction[] = code.instructions;
  const offsets = instructionOffsets(ins);
  const lastOp = ins[ins.length - 1];
  const off = ins.length ? (offsets[ins.length - 1] as number) + 2 + 2 * (CACHES[lastOp?.opname ?? ''] ?? 0) : 0;
  const byOffset = new Map<number, number>();
  offsets.forEach((o, k) => byOffset.set(o, k));
  byOffset.set(off, ins.length);
  const targets = new Int32Array(ins.length).fill(-1);
  ins.forEach((i, k) => {
    const m = /^to (\d+)/.exec(i.argrepr);
    if (m && (i.opname.includes('JUMP') || i.opname === 'FOR_ITER' || i.opname === 'SEND')) targets[k] = byOffset.get(Number(m[1])) ?? -1;
  });
  const table: ExceptionEntry[] = code.exceptiontable ?? [];
  const idx = (o: number): number => {
    const k = byOffset.get(o);
    if (k !== undefined) return k;
    return offsets.findIndex((x) => x >= o);
  };
  const handlers = table.map((e) => ({ start: idx(e.start), end: idx(e.end), target: idx(e.target), depth: e.depth, lasti: e.lasti }));
  const own = code.cellvars.filter((c) => !code.varnames.includes(c));
  const localsplus = [...code.varnames, ...own, ...code.freevars];
  const shape = argShapes.get(code) ?? { varargs: false, varkw: false };
  const nparams = code.argcount + code.kwonlyargcount + (shape.varargs ? 1 : 0) + (shape.varkw ? 1 : 0);
  info = {
    code, filename, ops: ins.map((i) => i.opname), args: ins.map((i) => i.arg ?? 0), targets, offsets, handlers,
    nlocals: localsplus.length, freeStart: code.varnames.length + own.length, nparams, varargs: shape.varargs, varkw: shape.varkw,
    isGenerator: ins.some((i) => i.opname === 'RETURN_GENERATOR'), localsplus, codes: null, constVals: null, globalSlots: null, attrSlots: null, methodSlots: null,
  };
  infos.set(code, info);
  return info;
}

export type ReturnMode = 'call' | 'init' | 'nested' | 'for' | 'send' | 'thread';

export class Frame {
  stack: (PyVal | undefined)[] = [];
  pc = 0;
  returnMode: ReturnMode = 'call';
  /** For 'init': the instance __init__ initialises. */
  initObj: PyVal = null;
  /** For 'for': where the resuming FOR_ITER jumps when the generator ends. */
  exhaustTarget = -1;
  kwnames: string[] | null = null;
  generator: PyObj | null = null;
  pendingThrow: PyException | null = null;
  /** Not 0: Interp.onCall reported this call, and its end is reported under this id. */
  call = 0;
  /** Set when the frame finished (return value), read by nested runs. */
  constructor(
    public info: CodeInfo,
    public locals: (PyVal | undefined)[],
    public globals: PyDict,
    public names: (PyDictLike & PyObj) | null,
    public fn: PyFunction | null,
  ) {}
}

export interface Completion {
  kind: 'return' | 'yield';
  value: PyVal;
}

export class PyGenerator extends PyObj {
  running = false;
  finished = false;
  started = false;
  /** What the generator's `return` gave, for StopIteration.value. */
  returnValue: PyVal = null;
  constructor(public cls: PyType, public frame: Frame, public name: string, public qualname: string) {
    super();
  }
}

export type { PyInstance };
