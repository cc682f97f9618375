// Generator objects' methods (send, throw, close, __next__), through the
// interpreter that owns the running thread.

import { PyException, type PyType, type PyVal } from './objects';
import { T, EXC, raise, isSubtype, typeOf } from './types';
import { method } from './native';
import { PyGenerator } from './frame';
import { makeException } from './interp-helpers';
import * as ops from './ops';

export interface GenRunner {
  genResume(g: PyGenerator, value: PyVal, exc: PyException | null): PyVal | undefined;
}
export const active: { interp: GenRunner | null } = { interp: null };

function gen(v: PyVal): PyGenerator {
  if (!(v instanceof PyGenerator)) throw raise('TypeError', `descriptor requires a 'generator' object but received a '${typeOf(v).name}'`);
  return v;
}

function stop(value: PyVal): PyException {
  const e = raise('StopIteration');
  if (value !== null) e.args = [value];
  return e;
}

function resume(g: PyGenerator, value: PyVal, exc: PyException | null): PyVal {
  const r = (active.interp as GenRunner).genResume(g, value, exc);
  if (r === undefined) throw stop(g.returnValue ?? null);
  return r;
}

export function installGenerators(): void {
  const G = T.generator;
  method(G, '__next__', (a) => resume(gen(a[0] as PyVal), null, null));
  method(G, '__iter__', (a) => a[0] as PyVal);
  method(G, 'send', (a) => resume(gen(a[0] as PyVal), a[1] ?? null, null));
  method(G, 'throw', (a) => {
    const t = a[1] as PyVal;
    let e = makeException(t);
    if (a.length > 2 && a[2] !== null && !(a[2] instanceof PyException)) e = makeException(ops.call(t, [a[2] as PyVal]));
    return resume(gen(a[0] as PyVal), null, e);
  });
  method(G, 'close', (a) => {
    const g = gen(a[0] as PyVal);
    if (g.finished) return null;
    if (!g.started) {
      g.finished = true;
      return null;
    }
    try {
      (active.interp as GenRunner).genResume(g, null, raise('GeneratorExit'));
    } catch (e) {
      if (e instanceof PyException && (isSubtype(e.cls, EXC.GeneratorExit as PyType) || isSubtype(e.cls, EXC.StopIteration as PyType))) return null;
      throw e;
    }
    if (!g.finished) throw raise('RuntimeError', 'generator ignored GeneratorExit');
    return null;
  });
  method(G, '__repr__', (a) => `<generator object ${gen(a[0] as PyVal).qualname} at ${ops.addr(gen(a[0] as PyVal))}>`);
}
