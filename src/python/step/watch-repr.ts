// The watch panel's repr of a value: what CPython 3.12's repr() prints for
// threading's and queue's objects (`<locked _thread.RLock object owner=…
// count=2 at 0x…>`, `<Thread(worker, started 1400…)>`, `<threading.Event at
// 0x…: set>`), read from their attributes, never by running their __repr__:
// a snapshot must not run Python code (state.ts). Our idents and addresses;
// an address the VM has not handed out yet (a lock nobody asked id() of) is
// `0x…`, since giving one out would shift the ids the program prints.

import { PyFunction, PyInstance, PyList, PyNative, PyObj, PyTuple, PyType, type PyVal } from '../vm/objects';
import { PyDict } from '../vm/collections';
import { safeRepr } from '../vm/events';
import { knownId } from '../vm/ops';
import { isLocked, lockType, type LockState } from '../vm/vm-module';
import { exitcodeWord } from './exitcode-word';

/** Longer than an event's safeRepr: a Condition's repr holds its lock's. */
const MAX_WATCH_REPR = 160;

export function watchRepr(v: PyVal): string {
  const s = inner(v, 0);
  return s.length > MAX_WATCH_REPR ? `${s.slice(0, MAX_WATCH_REPR - 1)}…` : s;
}

function addr(v: PyObj): string {
  const id = knownId(v);
  return id === null ? '0x…' : `0x${id.toString(16)}`;
}

function isA(cls: PyType, module: string, name: string): boolean {
  return cls.mro.some((t) => t.module === module && t.name === name);
}

export function nativeLock(v: PyVal): LockState | null {
  return v instanceof PyNative && v.cls === lockType ? (v as PyNative<LockState>).state : null;
}

function int(v: PyVal | undefined): number {
  return typeof v === 'bigint' ? Number(v) : 0;
}

/** An RLock's state as its repr shows it: locked, the owner's ident (0: none), the count. */
export function rlockFields(v: PyInstance): { locked: boolean; owner: number; count: number } {
  const block = nativeLock(v.dict.get('_block') ?? null);
  const owner = v.dict.get('_owner');
  return { locked: block ? isLocked(block) : false, owner: typeof owner === 'bigint' ? Number(owner) : 0, count: int(v.dict.get('_count')) };
}

/** A Thread's status words as Thread.__repr__ builds them (its is_alive() call notices a finished thread). */
export function threadStatus(v: PyInstance): string {
  const started = v.dict.get('_started');
  let status = started instanceof PyInstance && started.dict.get('_flag') === true ? 'started' : 'initial';
  const done = nativeLock(v.dict.get('_done_lock') ?? null);
  if (v.dict.get('_is_stopped') === true || (status === 'started' && done !== null && !isLocked(done))) status = 'stopped';
  if (v.dict.get('_daemonic') === true) status += ' daemon';
  const ident = v.dict.get('_ident');
  if (typeof ident === 'bigint') status += ` ${ident}`;
  return status;
}

/**
 * BaseProcess.__repr__ from the attributes it reads. Its `poll()` would notice a child that ended
 * unjoined; a snapshot cannot call it, so such a child reads `started` until joined (the live watch
 * follows process-end events instead).
 */
function processRepr(v: PyInstance): string | null {
  if (!isA(v.cls, 'multiprocessing.process', 'BaseProcess')) return null;
  const popen = v.dict.get('_popen');
  const info = [v.cls.name, `name=${inner(v.dict.get('_name') ?? null, 1)}`];
  let status = 'initial';
  let exitcode: string | null = null;
  if (v.cls.name === '_MainProcess') status = 'started';
  else if (v.dict.get('_closed') === true) status = 'closed';
  else if (popen instanceof PyInstance) {
    const rc = popen.dict.get('returncode');
    status = typeof rc === 'bigint' ? 'stopped' : 'started';
    if (typeof rc === 'bigint') exitcode = exitcodeWord(Number(rc));
  }
  if (popen instanceof PyInstance) info.push(`pid=${inner(popen.dict.get('pid') ?? null, 1)}`);
  info.push(`parent=${inner(v.dict.get('_parent_pid') ?? null, 1)}`, status);
  if (exitcode !== null) info.push(`exitcode=${exitcode}`);
  const config = v.dict.get('_config');
  if (config instanceof PyDict && config.getStr('daemon') === true) info.push('daemon');
  return `<${info.join(' ')}>`;
}

function syncRepr(v: PyInstance): string | null {
  const cls = v.cls;
  const where = `${cls.module}.${cls.qualname}`;
  if (cls.module === 'threading' && cls.name === '_RLock') {
    const r = rlockFields(v);
    return `<${r.locked ? 'locked' : 'unlocked'} _thread.RLock object owner=${r.owner} count=${r.count} at ${addr(v)}>`;
  }
  if (isA(cls, 'threading', 'Condition')) {
    const waiters = v.dict.get('_waiters');
    const n = waiters instanceof PyList ? waiters.items.length : 0;
    return `<Condition(${inner(v.dict.get('_lock') ?? null, 1)}, ${n})>`;
  }
  if (isA(cls, 'threading', 'BoundedSemaphore')) return `<${where} at ${addr(v)}: value=${int(v.dict.get('_value'))}/${int(v.dict.get('_initial_value'))}>`;
  if (isA(cls, 'threading', 'Semaphore')) return `<${where} at ${addr(v)}: value=${int(v.dict.get('_value'))}>`;
  if (isA(cls, 'threading', 'Event')) return `<${where} at ${addr(v)}: ${v.dict.get('_flag') === true ? 'set' : 'unset'}>`;
  if (isA(cls, 'threading', 'Thread')) return `<${cls.name}(${inner(v.dict.get('_name') ?? null, 1).slice(1, -1)}, ${threadStatus(v)})>`;
  return processRepr(v);
}

/** object.__repr__ for an instance whose classes define no __repr__ of their own (a user class, a queue). */
function defaultRepr(v: PyInstance): string | null {
  const own = v.cls.mro.some((t) => t.name !== 'object' && t.dict.has('__repr__'));
  return own ? null : `<${v.cls.module}.${v.cls.qualname} object at ${addr(v)}>`;
}

function inner(v: PyVal, depth: number): string {
  const lock = nativeLock(v);
  if (lock) return `<${isLocked(lock) ? 'locked' : 'unlocked'} _thread.lock object at ${addr(v as PyObj)}>`;
  if (v instanceof PyInstance) return syncRepr(v) ?? defaultRepr(v) ?? safeRepr(v, depth);
  if (v instanceof PyFunction && v.cls.name === 'function') return `<function ${v.qualname} at ${addr(v)}>`;
  if (v instanceof PyType && v.heap) return `<class '${v.module}.${v.qualname}'>`;
  // Containers of these (a list of threads) as repr shows them; the rest is safeRepr's.
  if (depth <= 2 && ((v instanceof PyList && v.cls.name === 'list') || (v instanceof PyTuple && v.cls.name === 'tuple'))) {
    const items = v.items.slice(0, 8).map((x) => inner(x, depth + 1));
    if (v.items.length > 8) items.push('…');
    return v instanceof PyList ? `[${items.join(', ')}]` : `(${items.join(', ')}${v.items.length === 1 ? ',' : ''})`;
  }
  if (depth <= 2 && v instanceof PyDict && v.cls.name === 'dict') {
    const es = v.entries();
    const items = es.slice(0, 6).map(([k, x]) => `${inner(k, depth + 1)}: ${inner(x, depth + 1)}`);
    if (es.length > 6) items.push('…');
    return `{${items.join(', ')}}`;
  }
  return safeRepr(v, depth);
}
