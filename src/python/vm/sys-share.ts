// Worker mode: CPython has one `sys` per interpreter, so a started thread's
// worker uses the main worker's sys module dict (in the heap) as its own:
// `sys.x = 1` in one thread is seen by every other, and a `sys.stdout` the
// program replaced is every thread's. Two things stay this worker's, as
// builtins' functions do: the std files (their writes go through this
// worker's World, attributed to its thread) and `sys.modules` (the modules
// this worker has loaded).

import { NULL, Kind, MODULE_DICT, dictGetStr, type Ref } from '../heap';
import type { PyObj } from './objects';
import { PyDict } from './collections';
import { fromRef } from './heap-bridge';
import { hc } from './heap-state';
import type { Process } from './process';

/** The std files first: `sys.stdout` may already be a program's writer, `sys.__stdout__` is still the file. */
const FILE_KEYS = ['__stdout__', '__stderr__', '__stdin__', 'stdout', 'stderr', 'stdin'];

export function shareSys(proc: Process, modules: Ref): void {
  const c = hc();
  const h = c.h;
  const mod = dictGetStr(h, modules, 'sys');
  if (mod === NULL || h.kind(mod) !== Kind.MODULE) return;
  const nsRef = h.get(mod, MODULE_DICT);
  const own = proc.loadModule('sys');
  const ownNs = own.ns;
  const alias = (r: Ref, mine: PyObj): void => {
    if (c.objs.has(r)) return;
    c.objs.set(r, mine);
    c.lazy.set(mine, r);
  };
  for (const key of FILE_KEYS) {
    const r = dictGetStr(h, nsRef, key);
    const mine = ownNs.getStr(key);
    // Only the main's own files (OPAQUE: their state is a closure): a program's writer is a heap object already.
    if (r !== NULL && h.kind(r) === Kind.OPAQUE && mine !== undefined && mine !== null && typeof mine === 'object') alias(r, mine);
  }
  // Over whatever wrapper this worker made of it (prepareThread read it): here the main's dict is this worker's.
  const mods = dictGetStr(h, nsRef, 'modules');
  if (mods !== NULL) c.objs.set(mods, proc.modules);
  const ns = fromRef(nsRef);
  if (ns instanceof PyDict) own.ns = ns;
}
