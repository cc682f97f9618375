// Worker mode's multiprocessing channels (`_vm.channel_*`, what
// multiprocessing.Queue is made of): an item is pickled out of this
// process's objects into bytes in the run's memory (host/channels.ts) and
// unpickled into the getter's, so every get is a copy, as through a pipe.

import { PyTuple, type PyVal } from './objects';
import { T, raise } from './types';
import { safeRepr } from './events';
import { pickle, unpickle, type Pickled } from './fork';
import { Channels, ChannelFull, channelKey } from './host/channels';
import type { Process } from './process';
import type { WorkerCtx } from './worker-mode';

type Json = null | boolean | string | number | Json[] | { [k: string]: Json };

/** Pickled as JSON: ints, floats that JSON lacks, and bytes tagged (a float is a JS number, an int a bigint). */
function toJson(v: unknown): Json {
  if (typeof v === 'bigint') return { i: v.toString() };
  if (typeof v === 'number') return Object.is(v, -0) ? { f: '-0' } : Number.isFinite(v) ? v : { f: String(v) };
  if (v instanceof Uint8Array) return { b: Array.from(v) };
  if (Array.isArray(v)) return v.map(toJson);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x)]));
  return (v ?? null) as Json;
}

function fromJson(j: Json): unknown {
  if (Array.isArray(j)) return j.map(fromJson);
  if (j !== null && typeof j === 'object') {
    const keys = Object.keys(j);
    if (keys.length === 1 && keys[0] === 'i' && typeof j.i === 'string') return BigInt(j.i);
    if (keys.length === 1 && keys[0] === 'f' && typeof j.f === 'string') return Number(j.f);
    if (keys.length === 1 && keys[0] === 'b' && Array.isArray(j.b)) return Uint8Array.from(j.b as number[]);
    return Object.fromEntries(Object.entries(j).map(([k, x]) => [k, fromJson(x)]));
  }
  return j;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

export interface ChannelCall {
  handle: PyVal;
  item?: PyVal;
  block: boolean;
  /** Seconds, or null to wait for ever. */
  timeout: number | null;
}

export function workerChannels(w: WorkerCtx, proc: Process): {
  create(maxsize: number): bigint;
  put(q: ChannelCall): boolean;
  get(q: ChannelCall): PyTuple;
  size(h: PyVal): bigint;
} {
  const ch = new Channels(w.rt.memory);
  const world = proc.world;
  const id = (h: PyVal): number => {
    const c = typeof h === 'bigint' ? Number(h) : -1;
    if (!ch.valid(c)) throw raise('ValueError', 'no such channel');
    return c;
  };
  const note = (c: number, op: 'put' | 'get', item: PyVal, serial: number): void => {
    const th = proc.interp.th;
    if (!world.ev || !th) return;
    world.emit({ kind: 'queue-op', ...world.who(th), op, queue: c, item: safeRepr(item), size: ch.size(c), serial });
  };
  /** A blocking put/get, reported as the one-worker World reports its Suspend (wait-start/end): the lab's stuck `>>>` and the lanes read them. */
  const waitOn = (c: number, what: 'Queue.put' | 'Queue.get', timeout: number | null, ready: () => boolean, then: () => void): boolean => {
    const th = proc.interp.th;
    const ev = world.ev !== null && th !== undefined;
    if (ev) world.emit({ kind: 'wait-start', ...world.who(th), what, lock: -1, sleep: false, deadline: timeout === null || timeout < 0 ? null : proc.now() + timeout });
    const ok = w.rt.waitFor(channelKey(c), what, timeout, ready, then);
    if (ev) world.emit({ kind: 'wait-end', ...world.who(th), timedOut: !ok });
    return ok;
  };
  const guard = <X>(fn: () => X): X => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof ChannelFull) throw raise('OSError', e.message);
      throw e;
    }
  };
  return {
    create: (maxsize) => BigInt(guard(() => ch.create(maxsize))),
    put: (q) => {
      const c = id(q.handle);
      const item = q.item ?? null;
      const msg = enc.encode(JSON.stringify(toJson(pickle(item, proc))));
      // Noted and the others woken as soon as the item is in (before a stepped thread stands again: waitFor's `then`).
      let done = false;
      let serial = -1;
      const went = (): void => {
        if (done || serial < 0) return;
        done = true;
        note(c, 'put', item, serial);
        w.rt.notify(channelKey(c));
      };
      serial = guard(() => ch.tryPut(c, msg));
      if (serial < 0) {
        if (!q.block) return false;
        const ok = waitOn(c, 'Queue.put', q.timeout, () => (serial = guard(() => ch.tryPut(c, msg))) >= 0, went);
        if (!ok) return false;
      }
      went();
      return true;
    },
    get: (q) => {
      const c = id(q.handle);
      let got: { msg: Uint8Array; serial: number } | null = null;
      let v: PyVal = null;
      let done = false;
      // The item leaves the queue's watch when it leaves the channel (waitFor's `then`, before a stepped thread stands again).
      const took = (): void => {
        if (done || got === null) return;
        done = true;
        v = unpickle(fromJson(JSON.parse(dec.decode(got.msg)) as Json) as Pickled, proc);
        note(c, 'get', v, got.serial);
        w.rt.notify(channelKey(c));
      };
      got = ch.tryGet(c);
      if (got === null && q.block) waitOn(c, 'Queue.get', q.timeout, () => (got = ch.tryGet(c)) !== null, took);
      if (got === null) return new PyTuple(T.tuple, [false, null]);
      took();
      return new PyTuple(T.tuple, [true, v]);
    },
    size: (h) => BigInt(ch.size(id(h))),
  };
}
