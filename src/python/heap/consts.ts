// The objects every worker finds at the same offset without looking: the
// singletons and the builtin type objects. bootHeap (boot.ts) lays them out
// in exactly this order, so these are plain constants.

import { HEAP_HEADER_BYTES, type Ref } from './layout';

const SINGLETON_BYTES = 24;
const at = (k: number): Ref => HEAP_HEADER_BYTES + k * SINGLETON_BYTES;

export const NONE: Ref = at(0);
export const TRUE: Ref = at(1);
export const FALSE: Ref = at(2);
export const NOT_IMPLEMENTED: Ref = at(3);
export const ELLIPSIS: Ref = at(4);
/** The key of a deleted set entry (CPython's `dummy`); never a Python value. */
export const DUMMY: Ref = at(5);
export const SINGLETON_COUNT = 6;
export { SINGLETON_BYTES };

/**
 * The builtin types in boot order. `layout` is the kind their instances get;
 * `base` names the single base ('' for object). Append only: the position is
 * the offset.
 */
export const BUILTIN_TYPES = [
  ['object', '', 'INSTANCE'],
  ['type', 'object', 'TYPE'],
  ['int', 'object', 'INT'],
  ['bool', 'int', 'BOOL'],
  ['float', 'object', 'FLOAT'],
  ['str', 'object', 'STR'],
  ['bytes', 'object', 'BYTES'],
  ['tuple', 'object', 'TUPLE'],
  ['list', 'object', 'LIST'],
  ['dict', 'object', 'DICT'],
  ['set', 'object', 'SET'],
  ['frozenset', 'object', 'FROZENSET'],
  ['NoneType', 'object', 'NONE'],
  ['NotImplementedType', 'object', 'SINGLETON'],
  ['ellipsis', 'object', 'SINGLETON'],
  ['function', 'object', 'FUNCTION'],
  ['builtin_function_or_method', 'object', 'NATIVE'],
  ['method', 'object', 'METHOD'],
  ['module', 'object', 'MODULE'],
  ['cell', 'object', 'CELL'],
  ['generator', 'object', 'GENERATOR'],
  ['lock', 'object', 'LOCK'],
  ['BaseException', 'object', 'EXCEPTION'],
  ['Exception', 'BaseException', 'EXCEPTION'],
  ['MemoryError', 'Exception', 'EXCEPTION'],
] as const;

export type BuiltinTypeName = (typeof BUILTIN_TYPES)[number][0];

/** TYPE objects are 16 header bytes + 8 fields. */
export const TYPE_BYTES = 48;
export const TYPES_BASE: Ref = HEAP_HEADER_BYTES + SINGLETON_COUNT * SINGLETON_BYTES;

/** The builtin type objects by name: `T.int`, `T.list`, … */
export const T = Object.fromEntries(BUILTIN_TYPES.map(([name], k) => [name, TYPES_BASE + k * TYPE_BYTES])) as Record<
  BuiltinTypeName,
  Ref
>;

/** First byte after the fixed objects; boot allocates their names, bases and dicts from here. */
export const FIXED_END: Ref = TYPES_BASE + BUILTIN_TYPES.length * TYPE_BYTES;
