// copyBetween: a value of one heap rebuilt in another, as pickle would carry
// it between processes (queue items, pool tasks and results). Shared and
// cyclic structure is kept (pickle memoises); classes and functions travel by
// name and must already exist on the other side.

import type { Heap } from './heap';
import { EXC_ARGS, FN_MODULE, HEADER_BYTES, INSTANCE_DICT, INSTANCE_VALUE, FN_QUALNAME, Kind, KIND_NAMES, NULL, TYPE_MODULE, TYPE_QUALNAME, isSmall, type Ref } from './layout';
import { DUMMY, ELLIPSIS, FALSE, FIXED_END, NONE, NOT_IMPLEMENTED, TRUE } from './consts';
import { dictItems, dictSet, newDict } from './dict';
import { intValue, newFloat, newInt, floatValue } from './numbers';
import { newException, objectDict, typeName } from './objects';
import { listAppend, listItems, newList, newTuple, tupleItems } from './seq';
import { newSet, setAdd, setItems } from './set';
import { bytesValue, newBytes, newStr, strValue } from './str';
import type { KeyOps } from './keys';

/** An object pickle refuses (a lambda, a lock, a generator, a module): the interpreter raises PicklingError. */
export class NotPicklable extends Error {
  constructor(readonly typeName: string, readonly qualname: string | null = null) {
    super(qualname === null ? `cannot pickle '${typeName}' object` : `Can't pickle ${typeName} ${qualname}`);
    this.name = 'NotPicklable';
  }
}

export interface CopyHooks {
  /**
   * The class or function named `module`.`qualname` in the destination heap,
   * or NULL when it cannot be found there (a lambda, a nested function): then
   * the copy fails with NotPicklable, as pickle's "attribute lookup … failed".
   */
  resolve(module: string, qualname: string, kind: 'type' | 'function'): Ref;
  /** Hash and == for instance keys in the destination (see KeyOps). */
  keyOps?: KeyOps;
}

const FIXED = new Set<Ref>([NONE, TRUE, FALSE, NOT_IMPLEMENTED, ELLIPSIS]);

export function copyBetween(src: Heap, ref: Ref, dst: Heap, hooks?: CopyHooks): Ref {
  const memo = new Map<Ref, Ref>();
  const ops = hooks?.keyOps;

  const byName = (r: Ref, modF: number, qualF: number, kind: 'type' | 'function'): Ref => {
    const module = strValue(src, src.get(r, modF));
    const qualname = strValue(src, src.get(r, qualF));
    const found = hooks && !qualname.includes('<') ? hooks.resolve(module, qualname, kind) : NULL;
    if (found === NULL) throw new NotPicklable(kind === 'type' ? 'class' : 'function', qualname);
    return found;
  };
  const typeIn = (r: Ref): Ref => {
    const t = src.typeRef(r);
    // Builtin types sit at the same offsets in every heap.
    if (t < FIXED_END) return t;
    return byName(t, TYPE_MODULE, TYPE_QUALNAME, 'type');
  };

  const copy = (r: Ref): Ref => {
    if (isSmall(r) || r === NULL || FIXED.has(r)) return r;
    if (r === DUMMY) throw new Error('copyBetween: a dummy entry escaped');
    const seen = memo.get(r);
    if (seen !== undefined) return seen;
    let out: Ref;
    switch (src.kind(r)) {
      case Kind.INT:
        out = newInt(dst, intValue(src, r));
        break;
      case Kind.FLOAT:
        out = newFloat(dst, floatValue(src, r));
        break;
      case Kind.STR:
        out = newStr(dst, strValue(src, r));
        break;
      case Kind.BYTES:
        out = newBytes(dst, bytesValue(src, r));
        break;
      case Kind.TUPLE:
        // A tuple cannot contain itself except through a mutable, which is memoised first.
        out = newTuple(dst, tupleItems(src, r).map(copy));
        break;
      case Kind.LIST: {
        out = newList(dst, [], typeIn(r));
        memo.set(r, out);
        for (const v of listItems(src, r)) listAppend(dst, out, copy(v));
        break;
      }
      case Kind.DICT: {
        out = newDict(dst, typeIn(r));
        memo.set(r, out);
        for (const [k, v] of dictItems(src, r)) dictSet(dst, out, copy(k), copy(v), ops);
        break;
      }
      case Kind.SET:
      case Kind.FROZENSET: {
        const frozen = src.kind(r) === Kind.FROZENSET;
        out = newSet(dst, [], frozen, ops);
        memo.set(r, out);
        for (const k of setItems(src, r)) setAdd(dst, out, copy(k), ops);
        break;
      }
      case Kind.TYPE:
        out = byName(r, TYPE_MODULE, TYPE_QUALNAME, 'type');
        break;
      case Kind.FUNCTION:
        out = byName(r, FN_MODULE, FN_QUALNAME, 'function');
        break;
      case Kind.INSTANCE: {
        const t = typeIn(r);
        out = dst.alloc(Kind.INSTANCE, t, HEADER_BYTES + 8);
        memo.set(r, out);
        const d = newDict(dst);
        for (const [k, v] of dictItems(src, objectDict(src, r))) dictSet(dst, d, copy(k), copy(v), ops);
        dst.set(out, INSTANCE_DICT, d);
        const value = src.get(r, INSTANCE_VALUE);
        if (value !== NULL) dst.set(out, INSTANCE_VALUE, copy(value));
        break;
      }
      case Kind.EXCEPTION: {
        const t = typeIn(r);
        out = newException(dst, t, tupleItems(src, src.get(r, EXC_ARGS)).map(copy));
        memo.set(r, out);
        const d = objectDict(dst, out);
        for (const [k, v] of dictItems(src, objectDict(src, r))) dictSet(dst, d, copy(k), copy(v), ops);
        break;
      }
      default:
        throw new NotPicklable(typeName(src, src.typeRef(r)) || (KIND_NAMES[src.kind(r)] ?? '?'));
    }
    memo.set(r, out);
    return out;
  };
  return copy(ref);
}
