// LOAD_GLOBAL's cache per instruction, as CPython 3.12's LOAD_GLOBAL_MODULE /
// LOAD_GLOBAL_BUILTIN keyed by the dicts' versions. The versions are words in
// the heap that every store or delete bumps (heap/dict.ts), read at each use,
// so a store by another worker invalidates this worker's cache too.

import type { PyVal } from './objects';
import type { PyDict } from './collections';
import type { CodeInfo } from './frame';
import { findName } from './interp-names';

export interface GlobalSlots {
  globals: (PyDict | null)[];
  builtins: (PyDict | null)[];
  gver: Int32Array;
  bver: Int32Array;
  value: PyVal[];
}

function slots(n: number): GlobalSlots {
  return { globals: new Array<PyDict | null>(n).fill(null), builtins: new Array<PyDict | null>(n).fill(null), gver: new Int32Array(n), bver: new Int32Array(n), value: new Array<PyVal>(n).fill(null) };
}

/** globals[name], else builtins[name], else undefined; the answer of the last lookup at pc while neither dict changed. */
export function loadGlobal(info: CodeInfo, pc: number, name: string, globals: PyDict, builtins: PyDict): PyVal | undefined {
  const c = info.globalSlots ?? (info.globalSlots = slots(info.ops.length));
  // Versions first: a store between these reads and the lookup leaves a stale version, so the next use looks again.
  const gv = globals.version, bv = builtins.version;
  if (c.globals[pc] === globals && c.builtins[pc] === builtins && c.gver[pc] === gv && c.bver[pc] === bv) return c.value[pc];
  const v = findName(name, globals, builtins);
  if (v !== undefined) {
    c.globals[pc] = globals;
    c.builtins[pc] = builtins;
    c.gver[pc] = gv;
    c.bver[pc] = bv;
    c.value[pc] = v;
  }
  return v;
}
