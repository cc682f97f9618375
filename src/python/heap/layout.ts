// The byte layout every worker of a process agrees on: how a 32-bit slot
// encodes a value, what an object header holds, and where each kind keeps its
// fields. Changing a number here changes the heap format for everyone.

/**
 * A value slot. Low bit 1: a small int, the other 31 bits signed. Otherwise the
 * byte offset of an object (8-aligned, so its low 3 bits are 0); 0 is NULL
 * (an unbound local, an empty cell, a missing dict value).
 */
export type Ref = number;

export const NULL: Ref = 0;

export const SMALL_MIN = -(2 ** 30);
export const SMALL_MAX = 2 ** 30 - 1;

export const isSmall = (r: Ref): boolean => (r & 1) === 1;
/** The int a small-int slot holds. */
export const smallValue = (r: Ref): number => r >> 1;
/** The slot of an int known to be in [SMALL_MIN, SMALL_MAX]. */
export const small = (n: number): Ref => (n << 1) | 1;
export const fitsSmall = (n: number): boolean => Number.isInteger(n) && n >= SMALL_MIN && n <= SMALL_MAX;

/** What an object's fields mean. Kept in the low byte of the header's second word. */
export const Kind = {
  NONE: 1,
  BOOL: 2,
  INT: 3,
  FLOAT: 4,
  STR: 5,
  BYTES: 6,
  TUPLE: 7,
  LIST: 8,
  /** A list's item storage, swapped whole when the list grows. */
  ITEMS: 9,
  DICT: 10,
  /** A dict's index table and entries, swapped whole on resize. */
  DICTKEYS: 11,
  SET: 12,
  FROZENSET: 13,
  /** A set's hash table, swapped whole on resize. */
  SETTABLE: 14,
  INSTANCE: 15,
  TYPE: 16,
  FUNCTION: 17,
  CELL: 18,
  METHOD: 19,
  MODULE: 20,
  EXCEPTION: 21,
  GENERATOR: 22,
  NATIVE: 23,
  LOCK: 24,
  /** NotImplemented, Ellipsis and the set's deleted-entry marker. */
  SINGLETON: 25,
  /** A worker-local JS object (a native's closure, a generator's frame): only the worker that made it can use it. */
  OPAQUE: 26,
  /** An object every worker has by a registered name (a builtin type, a native): resolved per worker. */
  NAMED: 27,
  /** property / staticmethod / classmethod: the wrapped callables (immutable once made). */
  WRAPPER: 28,
} as const;
export type KindCode = (typeof Kind)[keyof typeof Kind];

export const KIND_NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(Kind).map(([name, code]) => [code, name.toLowerCase()]),
);

// ---------------------------------------------------------------- header
// Word offsets (Int32 index = ref / 4 + offset).
/** The object's Python type (a TYPE ref). */
export const H_TYPE = 0;
/** kind in bits 0..7, flags in bits 8..15. */
export const H_KIND = 1;
/** The object's size in bytes, header included (so the heap can be walked). */
export const H_SIZE = 2;
/** The per-object lock of free-threaded mode (0 free, 1 held, 2 held with waiters). */
export const H_LOCK = 3;
export const HEADER_BYTES = 16;
/** First field word. */
export const F = 4;

export const FLAG_SHIFT = 8;
/** str: stored as UCS-4 (some code point is beyond the BMP); otherwise UTF-16 units. */
export const FLAG_UCS4 = 1 << 0;
/** type: made by a class statement. */
export const FLAG_HEAPTYPE = 1 << 1;
/** int: negative. */
export const FLAG_NEG = 1 << 2;

// ---------------------------------------------------------------- fields, per kind (word offsets)
export const BOOL_VALUE = F; // 0 or 1
export const INT_NLIMBS = F; // then 32-bit limbs, least significant first
export const INT_LIMBS = F + 1;
export const FLOAT_BYTE = HEADER_BYTES; // a float64 at ref + 16
export const STR_LEN = F; // code points
export const STR_HASH_LO = F + 1;
export const STR_HASH_HI = F + 2;
export const STR_DATA_BYTE = 32; // UTF-16 or UCS-4 units from ref + 32
export const BYTES_LEN = F;
export const BYTES_DATA_BYTE = 24;
export const TUPLE_LEN = F;
export const TUPLE_ITEMS = F + 1;
export const LIST_LEN = F;
export const LIST_ITEMS = F + 1; // ITEMS ref
export const ITEMS_CAP = F;
export const ITEMS_BASE = F + 2; // items start at ref + 24
export const DICT_USED = F;
export const DICT_KEYS = F + 1; // DICTKEYS ref or NULL while empty
export const DICT_VERSION = F + 2; // bumped by every store and delete (CPython's ma_version_tag): lookup caches check it
export const DK_LOG2 = F;
export const DK_USABLE = F + 1;
export const DK_NENTRIES = F + 2;
export const DK_INDICES = F + 4; // then 2**log2 int32 indices, then entries
export const DK_ENTRY_WORDS = 4; // hash lo, hash hi, key, value
export const SET_FILL = F;
export const SET_USED = F + 1;
export const SET_TABLE = F + 2; // SETTABLE ref
export const SET_FINGER = F + 3;
export const ST_MASK = F;
export const ST_BASE = F + 2; // entries of hash lo, hash hi, key, (pad)
export const ST_ENTRY_WORDS = 4;
export const INSTANCE_DICT = F;
/** An instance of a subclass of int, float or str: its base value (NULL for every other instance). */
export const INSTANCE_VALUE = F + 1;
export const TYPE_NAME = F;
export const TYPE_QUALNAME = F + 1;
export const TYPE_MODULE = F + 2;
export const TYPE_BASES = F + 3;
export const TYPE_MRO = F + 4;
export const TYPE_DICT = F + 5;
/** The Kind code instances of this type are laid out as (a subclass of list makes LISTs). */
export const TYPE_LAYOUT = F + 6;
/** The interpreter's name for the builtin layout (a str: 'object', 'list', 'exception', …). */
export const TYPE_VMBASE = F + 7;
export const TYPE_WORDS = 8;
export const FN_CODE = F; // a (file str, small index) tuple naming the code object; every worker compiles the file the same way (vm/code-table.ts)
export const FN_GLOBALS = F + 1;
export const FN_DEFAULTS = F + 2;
export const FN_KWDEFAULTS = F + 3;
export const FN_CLOSURE = F + 4;
export const FN_NAME = F + 5;
export const FN_QUALNAME = F + 6;
export const FN_MODULE = F + 7;
export const FN_DICT = F + 8;
export const FN_DOC = F + 9;
export const FN_WORDS = 10;
export const CELL_VALUE = F;
export const METHOD_FUNC = F;
export const METHOD_SELF = F + 1;
export const MODULE_NAME = F;
export const MODULE_DICT = F + 1;
export const EXC_ARGS = F;
export const EXC_TRACEBACK = F + 1;
export const EXC_CAUSE = F + 2;
export const EXC_CONTEXT = F + 3;
export const EXC_SUPPRESS = F + 4;
export const EXC_DICT = F + 5;
export const EXC_WORDS = 6;
export const GEN_FRAME = F; // opaque: the interpreter's frame record
export const GEN_NAME = F + 1;
export const GEN_QUALNAME = F + 2;
export const GEN_STATE = F + 3;
export const NATIVE_INDEX = F; // index into the per-worker table of natives
export const NATIVE_SELF = F + 1;
export const NATIVE_NAME = F + 2;
export const LOCK_STATE = F; // 0 free, 1 held
export const LOCK_OWNER = F + 1; // thread ident of the holder
export const LOCK_LABEL = F + 2;
/** Worker mode: the lock's handle in the run's lock table (the VM's host/locks.ts), which does the waiting. */
export const LOCK_HANDLE = F + 3;
export const OPAQUE_TOKEN = F; // the making worker's token
export const OPAQUE_WHAT = F + 1; // str: what it is, for the error another worker raises
export const NAMED_NAME = F; // str: the registered name
export const WRAPPER_FGET = F;
export const WRAPPER_FSET = F + 1;
export const WRAPPER_FDEL = F + 2;
export const WRAPPER_DOC = F + 3;
/** Heap-header word: the `__main__` module's globals dict, so another worker finds it without a lookup. */
export const W_MAIN_GLOBALS = 5;

// ---------------------------------------------------------------- heap header (word indices from 0)
export const HEAP_MAGIC = 0x50594850; // 'PYHP'
export const W_MAGIC = 0;
/** Byte offset of the first unallocated byte; advanced with Atomics. */
export const W_TOP = 1;
/** Byte size the heap may grow to. */
export const W_LIMIT = 2;
export const W_VERSION = 3;
/** Next thread ident handed out by `nextIdent`. */
export const W_IDENT = 4;
export const HEAP_VERSION = 1;
export const HEAP_HEADER_BYTES = 64;
