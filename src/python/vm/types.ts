// The builtin type objects, created once at boot in a fixed order, and the
// helpers every part of the VM uses to name a value's type and raise errors.

import { PyType, PyObj, PyException, PySingleton, type PyVal } from './objects';

export function c3(cls: PyType): PyType[] {
  const seqs = [...cls.bases.map((b) => [...b.mro]), [...cls.bases]];
  const out: PyType[] = [cls];
  for (;;) {
    const live = seqs.filter((s) => s.length);
    if (!live.length) return out;
    let head: PyType | undefined;
    for (const s of live) {
      const h = s[0] as PyType;
      if (!live.some((t) => t.indexOf(h) > 0)) {
        head = h;
        break;
      }
    }
    if (!head) {
      throw raise('TypeError', `Cannot create a consistent method resolution\norder (MRO) for bases ${cls.bases.map((b) => b.name).join(', ')}`);
    }
    out.push(head);
    for (const s of live) if (s[0] === head) s.shift();
  }
}

const typeType = new PyType('type', []);
typeType.cls = typeType;

export function makeType(name: string, bases: PyType[], base?: string): PyType {
  const t = new PyType(name, bases, base ?? bases[0]?.base ?? 'object');
  t.cls = typeType;
  t.mro = c3(t);
  return t;
}

const object = makeType('object', [], 'object');
typeType.bases = [object];
typeType.mro = [typeType, object];
typeType.base = 'type';

function simple(name: string, base = name): PyType {
  return makeType(name, [object], base);
}

const int = simple('int');
export const T = {
  object,
  type: typeType,
  int,
  bool: makeType('bool', [int], 'int'),
  float: simple('float'),
  complex: simple('complex'),
  str: simple('str'),
  bytes: simple('bytes'),
  bytearray: simple('bytearray', 'bytes'),
  list: simple('list'),
  tuple: simple('tuple'),
  dict: simple('dict'),
  set: simple('set'),
  frozenset: simple('frozenset', 'set'),
  NoneType: simple('NoneType'),
  NotImplementedType: simple('NotImplementedType'),
  ellipsis: simple('ellipsis'),
  function: simple('function'),
  builtin: simple('builtin_function_or_method'),
  method: simple('method'),
  module: simple('module'),
  cell: simple('cell'),
  range: simple('range'),
  slice: simple('slice'),
  iterator: simple('iterator'),
  generator: simple('generator'),
  property: simple('property', 'wrapper'),
  member_descriptor: simple('member_descriptor', 'wrapper'),
  staticmethod: simple('staticmethod', 'wrapper'),
  classmethod: simple('classmethod', 'wrapper'),
  super: simple('super'),
  code: simple('code'),
};

export const None = null;
export const NotImplemented = new PySingleton(T.NotImplementedType, 'NotImplemented');
export const Ellipsis = new PySingleton(T.ellipsis, 'Ellipsis');

/** The exception hierarchy, name → type, in CPython's shape. */
export const EXC: Record<string, PyType> = {};
function exc(name: string, parent: string | null): void {
  if (EXC[name]) return;
  const bases = parent ? [EXC[parent] as PyType] : [object];
  EXC[name] = makeType(name, bases, 'exception');
}
exc('BaseException', null);
const tree: [string, string][] = [
  ['SystemExit', 'BaseException'], ['KeyboardInterrupt', 'BaseException'], ['GeneratorExit', 'BaseException'],
  ['Exception', 'BaseException'], ['ArithmeticError', 'Exception'], ['ZeroDivisionError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'], ['FloatingPointError', 'ArithmeticError'], ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'], ['BufferError', 'Exception'], ['EOFError', 'Exception'], ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'], ['LookupError', 'Exception'], ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'], ['MemoryError', 'Exception'], ['NameError', 'Exception'], ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'], ['FileNotFoundError', 'OSError'], ['FileExistsError', 'OSError'], ['PermissionError', 'OSError'],
  ['TimeoutError', 'OSError'], ['ConnectionError', 'OSError'], ['BrokenPipeError', 'ConnectionError'],
  ['ReferenceError', 'Exception'], ['RuntimeError', 'Exception'], ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'], ['StopIteration', 'Exception'], ['StopAsyncIteration', 'Exception'],
  ['SyntaxError', 'Exception'], ['IndentationError', 'SyntaxError'], ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'], ['TypeError', 'Exception'], ['ValueError', 'Exception'], ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'], ['UnicodeEncodeError', 'UnicodeError'], ['Warning', 'Exception'],
  ['UserWarning', 'Warning'], ['DeprecationWarning', 'Warning'], ['RuntimeWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'], ['FutureWarning', 'Warning'], ['SyntaxWarning', 'Warning'], ['ImportWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'], ['BytesWarning', 'Warning'], ['ResourceWarning', 'Warning'], ['EncodingWarning', 'Warning'],
  ['ProcessLookupError', 'OSError'], ['ChildProcessError', 'OSError'], ['InterruptedError', 'OSError'], ['BlockingIOError', 'OSError'],
  ['IsADirectoryError', 'OSError'], ['NotADirectoryError', 'OSError'], ['ConnectionResetError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'], ['ConnectionAbortedError', 'ConnectionError'], ['UnicodeTranslateError', 'UnicodeError'],
  ['BaseExceptionGroup', 'BaseException'], ['ExceptionGroup', 'Exception'],
];
for (const [n, p] of tree) exc(n, p);
EXC.EnvironmentError = EXC.OSError as PyType;
EXC.IOError = EXC.OSError as PyType;

export function typeOf(v: PyVal): PyType {
  switch (typeof v) {
    case 'bigint':
      return T.int;
    case 'number':
      return T.float;
    case 'string':
      return T.str;
    case 'boolean':
      return T.bool;
    default:
      return v === null ? T.NoneType : v.cls;
  }
}

export function typeName(v: PyVal): string {
  return typeOf(v).name;
}

export function isSubtype(t: PyType, of: PyType): boolean {
  return t === of || t.mro.includes(of);
}

export function isInstance(v: PyVal, of: PyType): boolean {
  return isSubtype(typeOf(v), of);
}

export function newException(type: PyType, args: PyVal[]): PyException {
  const e = new PyException(type);
  e.args = args;
  return e;
}

/** Builds (not throws) a builtin exception; call sites write `throw raise(...)`. */
export function raise(name: string, msg?: string): PyException {
  const t = EXC[name];
  if (!t) throw new Error(`no exception type ${name}`);
  return newException(t, msg === undefined ? [] : [msg]);
}

export function isPyObj(v: PyVal): v is PyObj {
  return v !== null && typeof v === 'object';
}
