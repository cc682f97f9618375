// `obj.__class__ = B` (CPython 3.12's object_set_class): allowed between
// classes a program made (mutable types) whose instances have the same
// layout; a TypeError with CPython's words otherwise.

import { PyInstance, PyModule, PyType, type PyVal } from './objects';
import { T, EXC, raise, typeOf, typeName } from './types';
import { conv, hc } from './heap-state';

/** Builtin exceptions with fields of their own (CPython's structs beyond PyBaseExceptionObject). */
const OWN_LAYOUT = ['OSError', 'SyntaxError', 'ImportError', 'StopIteration', 'SystemExit', 'UnicodeError', 'AttributeError', 'NameError', 'BaseExceptionGroup'];

/** CPython's solid_base, near enough for a VM without __slots__: the builtin type whose struct the instances have. */
function solidBase(t: PyType): PyType {
  const base = t.mro.find((m) => !m.heap) ?? T.object;
  const exc = EXC.BaseException as PyType;
  if (base.mro.includes(exc)) return base.mro.find((m) => m === exc || OWN_LAYOUT.includes(m.name)) ?? exc;
  return base;
}

export function assignClass(obj: PyVal, v: PyVal): void {
  if (!(v instanceof PyType)) throw raise('TypeError', `__class__ must be set to a class, not '${typeName(v)}' object`);
  const old = typeOf(obj);
  const modules = obj instanceof PyModule && v.mro.includes(T.module);
  if (!modules && (!old.heap || !v.heap)) throw raise('TypeError', '__class__ assignment only supported for mutable types or ModuleType subclasses');
  if (solidBase(old) !== solidBase(v) || !(obj instanceof PyInstance || obj instanceof PyModule)) {
    throw raise('TypeError', `__class__ assignment: '${v.name}' object layout differs from '${old.name}'`);
  }
  obj.cls = v;
  // The heap's type word too: another worker that rebuilds this instance reads its class there.
  if (obj instanceof PyInstance && obj.ref) hc().h.setTypeRef(obj.ref, conv.toRef(v));
}
