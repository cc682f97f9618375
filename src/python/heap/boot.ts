// bootHeap: a new process's heap with the singletons and builtin types at the
// offsets consts.ts promises. Boot is single-threaded and deterministic, so
// the names and dicts it allocates land at the same offsets on every run.

import { Heap, createBuffer, type HeapOptions } from './heap';
import { BOOL_VALUE, H_KIND, H_SIZE, H_TYPE, Kind, W_TOP, type KindCode, type Ref } from './layout';
import {
  BUILTIN_TYPES,
  DUMMY,
  ELLIPSIS,
  FALSE,
  FIXED_END,
  NONE,
  NOT_IMPLEMENTED,
  SINGLETON_BYTES,
  T,
  TRUE,
  TYPE_BYTES,
  type BuiltinTypeName,
} from './consts';
import { fillType, typeMro } from './objects';

function header(h: Heap, r: Ref, kind: KindCode, type: Ref, size: number): void {
  const w = r >> 2;
  h.i32[w + H_TYPE] = type;
  h.i32[w + H_KIND] = kind;
  h.i32[w + H_SIZE] = size;
}

export function bootHeap(opts: HeapOptions = {}): Heap {
  const h = new Heap(createBuffer(opts));
  h.i32[W_TOP] = FIXED_END;
  header(h, NONE, Kind.NONE, T.NoneType, SINGLETON_BYTES);
  header(h, TRUE, Kind.BOOL, T.bool, SINGLETON_BYTES);
  header(h, FALSE, Kind.BOOL, T.bool, SINGLETON_BYTES);
  h.set(TRUE, BOOL_VALUE, 1);
  header(h, NOT_IMPLEMENTED, Kind.SINGLETON, T.NotImplementedType, SINGLETON_BYTES);
  header(h, ELLIPSIS, Kind.SINGLETON, T.ellipsis, SINGLETON_BYTES);
  header(h, DUMMY, Kind.SINGLETON, 0, SINGLETON_BYTES);
  for (const [name] of BUILTIN_TYPES) header(h, T[name], Kind.TYPE, T.type, TYPE_BYTES);
  for (const [name, base, layout] of BUILTIN_TYPES) {
    const b = base === '' ? null : T[base as BuiltinTypeName];
    fillType(h, T[name], {
      name,
      module: name === 'lock' ? '_thread' : 'builtins',
      bases: b === null ? [] : [b],
      mroTail: b === null ? [] : typeMro(h, b),
      layout: Kind[layout],
    });
  }
  return h;
}
