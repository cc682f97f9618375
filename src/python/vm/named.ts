// Builtin functions by registered name. A builtin's JS closure cannot cross
// workers, but every worker makes the same builtins (`len`, `time.sleep`,
// `list.append`), so the heap stores the name and each worker resolves it to
// its own: NAMED (`fn:<key>`) for an unbound builtin, NATIVE (key + self)
// for one bound to an object (`sold.append`). A builtin made at run time with
// state of its own (no key) stays OPAQUE.

import { Kind, NAMED_NAME, NULL, NATIVE_NAME, HEADER_BYTES, T as HT, internStr, newNative, nativeSelf, strValue, type Ref } from '../heap';
import { PyBuiltin, type PyObj, type PyVal } from './objects';
import { conv, type HeapCtx } from './heap-state';

/** Methods of builtin types, made once per JS realm at load: the same in every World of this worker. */
const typeMethods = new Map<string, PyBuiltin>();
/** Keys two different builtins claimed: never resolved by name (an OPAQUE ref is refused, never wrong). */
const ambiguous = new Set<string>();

const NAMED_PREFIX = 'fn:';
/** Marks a NATIVE ref whose builtin is found by name, not by index (the per-worker native table of heap/README). */
export const BY_NAME = -1;

/** A builtin type's method (`method()` in native.ts): key `list.append`. */
export function registerTypeMethod(typeName: string, b: PyBuiltin): void {
  const key = `${typeName}.${b.name}`;
  if (ambiguous.has(key)) return;
  const had = typeMethods.get(key);
  if (had !== undefined && had !== b) {
    typeMethods.delete(key);
    ambiguous.add(key);
    had.key = null;
    return;
  }
  typeMethods.set(key, b);
  b.key = key;
}

/**
 * A per-process builtin (`builtins.print`, `time.sleep`, `_vm.start_thread`):
 * made again by every process, so registered in this World's table. The first
 * one wins: in single-worker mode a fork's builtins have the same names as its
 * parent's, and that worker never resolves a ref it made itself by name.
 */
export function registerProcessBuiltin(c: HeapCtx, key: string, v: PyVal): void {
  if (!(v instanceof PyBuiltin) || v.self !== undefined) return;
  v.key = key;
  if (!c.named.has(key)) c.named.set(key, v);
}

/** The builtin registered under key in this worker, loading its native module if this worker has not yet. */
export function lookupNamed(c: HeapCtx, key: string): PyBuiltin | undefined {
  const hit = c.named.get(key) ?? typeMethods.get(key);
  if (hit instanceof PyBuiltin) return hit;
  const mod = key.slice(0, key.indexOf('.'));
  if (c.loadNative === null || !c.loadNative(mod)) return undefined;
  const again = c.named.get(key);
  return again instanceof PyBuiltin ? again : undefined;
}

/** The heap form of a keyed builtin, or NULL when it has none (the caller makes it OPAQUE). */
export function builtinRef(c: HeapCtx, b: PyBuiltin): Ref {
  const key = b.key;
  if (key === null || ambiguous.has(key)) return NULL;
  const h = c.h;
  if (b.self === undefined) {
    const r = h.alloc(Kind.NAMED, HT.builtin_function_or_method, HEADER_BYTES + 8);
    h.set(r, NAMED_NAME, internStr(h, NAMED_PREFIX + key));
    return r;
  }
  return newNative(h, BY_NAME, key, conv.toRef(b.self));
}

/** The NAMED name of a builtin function, or null when the name is something else (a type's). */
export function namedKey(h: HeapCtx['h'], r: Ref): string | null {
  const name = strValue(h, h.get(r, NAMED_NAME));
  return name.startsWith(NAMED_PREFIX) ? name.slice(NAMED_PREFIX.length) : null;
}

/** This worker's builtin for a NAMED `fn:` ref, remembered so that it is one wrapper here. */
export function resolveNamed(c: HeapCtx, r: Ref, key: string): PyObj | undefined {
  const b = lookupNamed(c, key);
  if (b === undefined) return undefined;
  c.objs.set(r, b);
  if (!c.lazy.has(b)) c.lazy.set(b, r);
  return b;
}

/** A builtin bound to an object another worker stored (`add = sold.append`): the same binding, made here. */
export function resolveNative(c: HeapCtx, r: Ref): PyObj | undefined {
  const h = c.h;
  const key = strValue(h, h.get(r, NATIVE_NAME));
  const u = lookupNamed(c, key);
  if (u === undefined) return undefined;
  const selfRef = nativeSelf(h, r);
  if (selfRef === NULL) return resolveNamed(c, r, key);
  const bound = u.bind(conv.fromRef(selfRef) as PyVal);
  c.objs.set(r, bound);
  c.lazy.set(bound, r);
  return bound;
}
