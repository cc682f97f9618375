// The Python object model as JS values. int is a bigint, float a number, str a
// JS string, bool a boolean, None null; everything else a PyObj subclass whose
// `cls` is its Python type. (Why JS objects and not the shared-buffer heap yet:
// see README.md.)

import type { CodeObject } from '../code';

export type PyVal = bigint | number | string | boolean | null | PyObj;

export abstract class PyObj {
  abstract cls: PyType;
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
  override dict = new Map<string, PyVal>();
  constructor(public cls: PyType) {
    super();
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
  args: PyVal[] = [];
  traceback: TbEntry[] = [];
  cause: PyException | null = null;
  context: PyException | null = null;
  suppressContext = false;
}

export class PyList extends PyObj {
  constructor(public cls: PyType, public items: PyVal[]) {
    super();
  }
}

export class PyTuple extends PyObj {
  constructor(public cls: PyType, public items: PyVal[]) {
    super();
  }
}

export class PyCell extends PyObj {
  constructor(public cls: PyType, public value: PyVal | undefined) {
    super();
  }
}

export class PyFunction extends PyObj {
  defaults: PyVal[] = [];
  kwdefaults = new Map<string, PyVal>();
  closure: PyCell[] = [];
  override dict = new Map<string, PyVal>();
  name: string;
  qualname: string;
  doc: PyVal = null;
  constructor(public cls: PyType, public code: CodeObject, public globals: PyDictLike, qualname: string) {
    super();
    this.name = code.name;
    this.qualname = qualname;
  }
}

/** What a dict must offer the interpreter for globals. */
export interface PyDictLike {
  getStr(k: string): PyVal | undefined;
  setStr(k: string, v: PyVal): void;
  delStr(k: string): boolean;
}

export class PyBuiltin extends PyObj {
  constructor(public cls: PyType, public name: string, public fn: NativeFn, public self: PyVal | undefined = undefined, public qualname = name) {
    super();
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
