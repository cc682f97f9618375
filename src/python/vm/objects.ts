// The Python object model as JS values. int is a bigint, float a number, str a
// JS string, bool a boolean, None null; everything else a PyObj subclass whose
// `cls` is its Python type. (Why JS objects and not the shared-buffer heap yet:
// see README.md.)

import type { CodeObject } from '../code';
import type { CodeInfo } from './frame';
import { cellGet, cellSet, listAppend, listClear, listGet, listInsert, listItems, listLen, listPop, listReplace, listSet, newCell, newException, newInstance, newList, INSTANCE_DICT, EXC_DICT, NULL, FN_CLOSURE, FN_DEFAULTS, FN_DICT, FN_DOC, FN_KWDEFAULTS, FN_NAME, FN_QUALNAME, newDict, newFunction, newTuple, setFunctionField, strValue, tupleItems, type Ref } from '../heap';
import { codeKey } from './code-table';
import { EXC_ARGS, EXC_CAUSE, EXC_CONTEXT, EXC_SUPPRESS, EXC_TRACEBACK, Kind, setExceptionArgs, setTraceback } from '../heap';
import { AttrMap } from './attr-map';
import { conv, critical, hc } from './heap-state';

export type PyVal = bigint | number | string | boolean | null | PyObj;

export abstract class PyObj {
  abstract cls: PyType;
  /** The object's heap offset when its state lives in the heap (0 until then: see heap-bridge.ts). */
  ref: Ref = NULL;
  /** Instance attributes, where the object has them (instances, functions, subclasses of builtins). */
  dict?: Map<string, PyVal>;
}

export type NativeFn = (args: PyVal[], kw: Map<string, PyVal> | null) => PyVal;

export class PyType extends PyObj {
  cls!: PyType;
  mro: PyType[] = [];
  override dict = new Map<string, PyVal>();
  qualname: string;
  module = 'builtins';
  /** Made by a class statement (its dunders are looked up in Python). */
  heap = false;
  doc: PyVal = null;
  /** The builtin layout instances of this type carry (a subclass of list is still a list). */
  base: string;
  constructor(public name: string, public bases: PyType[], base = 'object') {
    super();
    this.qualname = name;
    this.base = base;
  }
}

export class PyInstance extends PyObj {
  override dict: Map<string, PyVal>;
  /** `ref` rebuilds the wrapper of an instance already in the heap (another worker made it). */
  constructor(public cls: PyType, ref?: Ref) {
    super();
    const c = hc();
    const r = ref ?? this.allocate(conv.toRef(cls));
    c.adopt(this, r);
    this.dict = new AttrMap(c.h.get(r, this.dictField()));
  }
  /** Gives a copy (fork) its own heap object and an empty dict. */
  rehome(): void {
    const c = hc();
    const r = this.allocate(conv.toRef(this.cls));
    c.adopt(this, r);
    this.dict = new AttrMap(c.h.get(r, this.dictField()));
  }
  protected allocate(type: Ref): Ref {
    return newInstance(hc().h, type);
  }
  protected dictField(): number {
    return INSTANCE_DICT;
  }
}

export interface TbEntry {
  filename: string;
  lineno: number;
  name: string;
  /** Instruction position for carets. */
  col: number | null;
  endCol: number | null;
  endLineno: number | null;
}

export class PyException extends PyInstance {
  protected override allocate(type: Ref): Ref {
    return newException(hc().h, type, []);
  }
  protected override dictField(): number {
    return EXC_DICT;
  }
  private tbRef: Ref = NULL;
  private tbCache: TbEntry[] = [];
  /**
   * The frames it passed through, outermost first. In the heap (EXC_TRACEBACK)
   * as CPython's tb_next chain: each entry a tuple (file, line, name, col,
   * end_col, end_line, next), so unwinding a frame prepends one tuple and
   * another worker that re-raises or prints the exception sees every frame.
   */
  get traceback(): readonly TbEntry[] {
    const h = hc().h;
    const r = h.load(this.ref, EXC_TRACEBACK);
    if (r !== this.tbRef) {
      this.tbRef = r;
      this.tbCache = decodeTraceback(r);
    }
    return this.tbCache;
  }
  set traceback(tb: readonly TbEntry[]) {
    let next: Ref = NULL;
    for (let i = tb.length - 1; i >= 0; i--) next = tbNode(tb[i] as TbEntry, next);
    setTraceback(hc().h, this.ref, next);
  }
  /** Unwinding left a frame: it goes in front (the traceback reads outermost first). */
  addFrame(e: TbEntry): void {
    const h = hc().h;
    setTraceback(h, this.ref, tbNode(e, h.load(this.ref, EXC_TRACEBACK)));
  }
  private argsRef: Ref = NULL;
  private argsCache: PyVal[] = [];
  /** A tuple in the heap; the decoded one is cached by its ref (tuples never change). */
  get args(): PyVal[] {
    const r = hc().h.load(this.ref, EXC_ARGS);
    if (r !== this.argsRef) {
      this.argsRef = r;
      this.argsCache = tupleItems(hc().h, r).map((x) => conv.fromRef(x) as PyVal);
    }
    return this.argsCache;
  }
  set args(vs: PyVal[]) {
    setExceptionArgs(hc().h, this.ref, newTuple(hc().h, vs.map(conv.toRef)));
  }
  get cause(): PyException | null {
    return this.link(EXC_CAUSE);
  }
  set cause(e: PyException | null) {
    hc().h.publish(this.ref, EXC_CAUSE, e === null ? NULL : conv.toRef(e));
  }
  get context(): PyException | null {
    return this.link(EXC_CONTEXT);
  }
  set context(e: PyException | null) {
    hc().h.publish(this.ref, EXC_CONTEXT, e === null ? NULL : conv.toRef(e));
  }
  get suppressContext(): boolean {
    return hc().h.load(this.ref, EXC_SUPPRESS) !== 0;
  }
  set suppressContext(b: boolean) {
    hc().h.publish(this.ref, EXC_SUPPRESS, b ? 1 : 0);
  }
  private link(field: number): PyException | null {
    const r = hc().h.load(this.ref, field);
    return r === NULL ? null : (conv.fromRef(r) as PyException);
  }
}

const optInt = (n: number | null): PyVal => (n === null ? null : BigInt(n));
const optNum = (v: PyVal | undefined): number | null => (typeof v === 'bigint' ? Number(v) : null);

function tbNode(e: TbEntry, next: Ref): Ref {
  const h = hc().h;
  const items = [e.filename, BigInt(e.lineno), e.name, optInt(e.col), optInt(e.endCol), optInt(e.endLineno)].map(conv.toRef);
  items.push(next === NULL ? conv.toRef(null) : next);
  return newTuple(h, items);
}

function decodeTraceback(head: Ref): TbEntry[] {
  const h = hc().h;
  const out: TbEntry[] = [];
  for (let r = head; r !== NULL && h.kind(r) === Kind.TUPLE; ) {
    const [file, line, name, col, endCol, endLine, next] = tupleItems(h, r);
    const v = (x: Ref | undefined): PyVal | undefined => (x === undefined ? undefined : conv.fromRef(x));
    out.push({ filename: String(v(file)), lineno: Number(v(line)), name: String(v(name)), col: optNum(v(col)), endCol: optNum(v(endCol)), endLineno: optNum(v(endLine)) });
    r = next ?? NULL;
  }
  return out;
}

/** A list: its items live in the heap; every access goes through these methods (one place for 3.13t's locks). */
export class PyList extends PyObj {
  constructor(public cls: PyType, items: readonly PyVal[] = [], ref?: Ref) {
    super();
    const c = hc();
    c.adopt(this, ref ?? newList(c.h, items.map(conv.toRef), conv.toRef(cls)));
  }
  get length(): number {
    return listLen(hc().h, this.ref);
  }
  /** Item i, 0 <= i < length (callers normalise and bounds-check). */
  at(i: number): PyVal {
    return conv.fromRef(listGet(hc().h, this.ref, i)) as PyVal;
  }
  setAt(i: number, v: PyVal): void {
    const c = hc();
    const r = conv.toRef(v);
    if (c.locking) critical(c, this.ref, () => listSet(c.h, this.ref, i, r));
    else listSet(c.h, this.ref, i, r);
  }
  /** One item, as list.append and LIST_APPEND (no rest array). */
  append(v: PyVal): void {
    const c = hc();
    const r = conv.toRef(v);
    if (c.locking) critical(c, this.ref, () => listAppend(c.h, this.ref, r));
    else listAppend(c.h, this.ref, r);
  }
  push(...vs: PyVal[]): void {
    const c = hc();
    const h = c.h;
    if (c.locking) {
      const rs = vs.map(conv.toRef);
      critical(c, this.ref, () => {
        for (const r of rs) listAppend(h, this.ref, r);
      });
      return;
    }
    for (const v of vs) listAppend(h, this.ref, conv.toRef(v));
  }
  insertAt(i: number, v: PyVal): void {
    const c = hc();
    const r = conv.toRef(v);
    if (c.locking) critical(c, this.ref, () => listInsert(c.h, this.ref, i, r));
    else listInsert(c.h, this.ref, i, r);
  }
  popAt(i = -1): PyVal {
    const c = hc();
    return conv.fromRef(c.locking ? critical(c, this.ref, () => listPop(c.h, this.ref, i)) : listPop(c.h, this.ref, i)) as PyVal;
  }
  clear(): void {
    const c = hc();
    if (c.locking) critical(c, this.ref, () => listClear(c.h, this.ref));
    else listClear(c.h, this.ref);
  }
  /** A snapshot of the items (changing it does not change the list: assign `items` for that). */
  get items(): readonly PyVal[] {
    return listItems(hc().h, this.ref).map((r) => conv.fromRef(r) as PyVal);
  }
  /** The items' heap refs, a snapshot: sort and reverse move refs, so nothing is decoded and re-encoded (and identity is kept). */
  refs(): Ref[] {
    return listItems(hc().h, this.ref);
  }
  /** A new list of items [start, stop) (clamped to the length): refs copied, nothing decoded, as list_slice. */
  slice(cls: PyType, start: number, stop: number): PyList {
    const c = hc();
    const end = Math.min(stop, listLen(c.h, this.ref));
    const rs: Ref[] = [];
    for (let i = start; i < end; i++) rs.push(listGet(c.h, this.ref, i));
    return new PyList(cls, [], newList(c.h, rs, conv.toRef(cls)));
  }
  /** As `items =`, from refs already in the heap. */
  setRefs(rs: readonly Ref[]): void {
    const c = hc();
    if (c.locking) critical(c, this.ref, () => listReplace(c.h, this.ref, rs));
    else listReplace(c.h, this.ref, rs);
  }
  /** Replaces every item at once (sort, reverse, slice assignment): one array swap, whole for a racing reader. */
  set items(vs: readonly PyVal[]) {
    const c = hc();
    const rs = vs.map(conv.toRef);
    if (c.locking) critical(c, this.ref, () => listReplace(c.h, this.ref, rs));
    else listReplace(c.h, this.ref, rs);
  }
}

export class PyTuple extends PyObj {
  constructor(public cls: PyType, public items: PyVal[]) {
    super();
  }
}

export class PyCell extends PyObj {
  constructor(public cls: PyType, value: PyVal | undefined, ref?: Ref) {
    super();
    const c = hc();
    c.adopt(this, ref ?? newCell(c.h, value === undefined ? NULL : conv.toRef(value)));
  }
  get value(): PyVal | undefined {
    const r = cellGet(hc().h, this.ref);
    return r === NULL ? undefined : conv.fromRef(r);
  }
  set value(v: PyVal | undefined) {
    cellSet(hc().h, this.ref, v === undefined ? NULL : conv.toRef(v));
  }
}

/**
 * A function: defaults, keyword defaults, names, doc and `__dict__` live in
 * the heap; code and globals never change, so the wrapper keeps them. Tuples
 * and strs are immutable, so a decoded one is cached by its ref.
 */
export class PyFunction extends PyObj {
  override dict: Map<string, PyVal> = new Map();
  /** This worker's tables for `code` (frame.ts's codeInfo), kept by interp-call.ts; checked against `code` at each use. */
  info: CodeInfo | null = null;
  kwdefaults: Map<string, PyVal> = new Map();
  private closureCells: PyCell[] = [];
  private defaultsRef: Ref = NULL;
  private defaultsCache: PyVal[] = [];
  constructor(public cls: PyType, public code: CodeObject, public globals: PyDictLike, qualname: string, ref?: Ref) {
    super();
    if (ref !== undefined) {
      this.bind(ref);
      this.closureCells = tupleItems(hc().h, hc().h.get(ref, FN_CLOSURE)).map((r) => conv.fromRef(r) as PyCell);
    } else this.allocate(code.name, qualname);
  }
  /** Makes the heap object (also for a fork's copy, which must not share the parent's). */
  allocate(name: string, qualname: string): void {
    const h = hc().h;
    const r = newFunction(h, { code: codeKey(this.code), globals: conv.toRef(this.globals as unknown as PyVal), name, qualname, module: NULL, kwdefaults: newDict(h) });
    this.bind(r);
  }
  private bind(r: Ref): void {
    const h = hc().h;
    hc().adopt(this, r);
    this.dict = new AttrMap(h.get(r, FN_DICT));
    this.kwdefaults = new AttrMap(h.get(r, FN_KWDEFAULTS));
    this.defaultsRef = NULL;
    this.defaultsCache = [];
  }
  get defaults(): PyVal[] {
    const r = hc().h.load(this.ref, FN_DEFAULTS);
    if (r !== this.defaultsRef) {
      this.defaultsRef = r;
      this.defaultsCache = r === NULL ? [] : tupleItems(hc().h, r).map((x) => conv.fromRef(x) as PyVal);
    }
    return this.defaultsCache;
  }
  set defaults(vs: PyVal[]) {
    const h = hc().h;
    setFunctionField(h, this.ref, FN_DEFAULTS, vs.length ? newTuple(h, vs.map(conv.toRef)) : NULL);
  }
  /** Set once, by MAKE_FUNCTION. */
  get closure(): PyCell[] {
    return this.closureCells;
  }
  set closure(cells: PyCell[]) {
    this.closureCells = cells;
    hc().h.publish(this.ref, FN_CLOSURE, newTuple(hc().h, cells.map(conv.toRef)));
  }
  get name(): string {
    return strValue(hc().h, hc().h.load(this.ref, FN_NAME));
  }
  set name(s: string) {
    setFunctionField(hc().h, this.ref, FN_NAME, conv.toRef(s));
  }
  get qualname(): string {
    return strValue(hc().h, hc().h.load(this.ref, FN_QUALNAME));
  }
  set qualname(s: string) {
    setFunctionField(hc().h, this.ref, FN_QUALNAME, conv.toRef(s));
  }
  get doc(): PyVal {
    const r = hc().h.load(this.ref, FN_DOC);
    return r === NULL ? null : (conv.fromRef(r) as PyVal);
  }
  set doc(v: PyVal) {
    setFunctionField(hc().h, this.ref, FN_DOC, conv.toRef(v));
  }
}

/** What a dict must offer the interpreter for globals. */
export interface PyDictLike {
  getStr(k: string): PyVal | undefined;
  setStr(k: string, v: PyVal): void;
  delStr(k: string): boolean;
}

export class PyBuiltin extends PyObj {
  /** The name every worker registers this builtin under (named.ts), so the heap can name it; null: worker-local. */
  key: string | null = null;
  constructor(public cls: PyType, public name: string, public fn: NativeFn, public self: PyVal | undefined = undefined, public qualname = name) {
    super();
  }
  /** This builtin bound to obj (`[].append`): the same function, so the same registered name. */
  bind(obj: PyVal): PyBuiltin {
    const b = new PyBuiltin(this.cls, this.name, this.fn, obj, this.qualname);
    b.key = this.key;
    return b;
  }
}

export class PyMethod extends PyObj {
  constructor(public cls: PyType, public func: PyVal, public self: PyVal) {
    super();
  }
}

export class PyModule extends PyObj {
  constructor(public cls: PyType, public name: string, public ns: PyDictLike & PyObj) {
    super();
  }
}

export class PySlice extends PyObj {
  constructor(public cls: PyType, public start: PyVal, public stop: PyVal, public step: PyVal) {
    super();
  }
}

export class PyRange extends PyObj {
  constructor(public cls: PyType, public start: bigint, public stop: bigint, public step: bigint) {
    super();
  }
  get length(): bigint {
    const { start, stop, step } = this;
    if (step > 0n) return stop > start ? (stop - start + step - 1n) / step : 0n;
    return start > stop ? (start - stop - step - 1n) / -step : 0n;
  }
}

/** A native iterator: `next` returns undefined when exhausted. */
export class PyIter extends PyObj {
  constructor(public cls: PyType, public next: () => PyVal | undefined) {
    super();
  }
}

export class PyWrapper extends PyObj {
  /** property / staticmethod / classmethod: the wrapped callables. */
  constructor(public cls: PyType, public fget: PyVal, public fset: PyVal = null, public fdel: PyVal = null, public doc: PyVal = null) {
    super();
  }
}

export class PySuper extends PyObj {
  constructor(public cls: PyType, public thisType: PyType, public obj: PyVal) {
    super();
  }
}

export class PySingleton extends PyObj {
  constructor(public cls: PyType, public repr: string) {
    super();
  }
}

export class PyBytes extends PyObj {
  constructor(public cls: PyType, public data: Uint8Array) {
    super();
  }
}

/** A native object with JS state (locks, file objects): methods live on its type. */
export class PyNative<T> extends PyObj {
  override dict = new Map<string, PyVal>();
  constructor(public cls: PyType, public state: T) {
    super();
  }
}

export class PyCode extends PyObj {
  constructor(public cls: PyType, public code: CodeObject) {
    super();
  }
}
