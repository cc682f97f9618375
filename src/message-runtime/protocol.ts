/**
 * The messages between a thread's worker and the main thread's broker.
 *
 * Plain postMessage with request ids, not Comlink, because: every reply must
 * carry a Python exception (type, message, line) or "the run stopped" as data
 * the worker rethrows as PyException / RunStopped, and Comlink would flatten a
 * thrown error into a plain Error; a terminated worker must leave no pending
 * call behind, which Comlink does not ensure (#428); and the same few lines
 * serve a browser Worker and a Node worker_threads port without an adapter.
 * A thread has at most one request outstanding (a Python thread makes one
 * call at a time), so an id is only a check that a reply answers that call.
 */
import type { QueueItem } from '../runtime/queue';
import type { ParamValues } from '../scenarios/types';
import type { ThreadExit } from '../workers/run-target';

/** What a worker needs to run its thread: no memory, everything else is the broker's. */
export interface MessageThreadInit {
  worker: number;
  name: string;
  pid: number;
  scenario: string;
  target: string;
  params: ParamValues;
}

/** One runtime call. Every call with a `line` is also a pause checkpoint. */
export type Call =
  | { op: 'start' }
  | { op: 'now' }
  | { op: 'line'; line: number }
  | { op: 'sleep'; seconds: number; line: number }
  | { op: 'print'; text: string; line: number }
  | { op: 'acquire'; lock: string; line: number; blocking: boolean; timeout: number }
  | { op: 'release'; lock: string; line: number }
  | { op: 'getGlobal'; name: string; line: number }
  | { op: 'setGlobal'; name: string; value: number; line: number }
  | { op: 'put'; queue: string; item: QueueItem; line: number; block: boolean; timeout: number | null }
  | { op: 'get'; queue: string; line: number; block: boolean; timeout: number | null }
  | { op: 'qsize' | 'empty' | 'full' | 'taskDone' | 'join'; queue: string; line: number }
  | { op: 'readCommand'; line: number }
  /** Start of `compute`: take the GIL (when the run has one). */
  | { op: 'computeBegin'; line: number }
  /** Between pieces of work: the switch-interval check and a pause checkpoint. */
  | { op: 'computeTick' }
  | { op: 'mark'; label: string; value: number; line: number }
  | { op: 'finish' }
  | { op: 'fail'; message: string; line: number };

export type Op = Call['op'];

export interface PyError {
  pyType: string;
  pyMessage: string;
  line: number;
}

export type Reply = { ok: true; value: QueueItem | boolean | null } | { ok: false; error: PyError } | { ok: false; stopped: true };

export type ToWorker = { t: 'init'; init: MessageThreadInit } | { t: 'reply'; id: number; reply: Reply };
export type FromWorker = { t: 'call'; id: number; call: Call } | { t: 'exit'; exit: ThreadExit };

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

/** Messages come from our own workers; the check only guards against a foreign or garbled message. */
export function isFromWorker(x: unknown): x is FromWorker {
  if (!isObject(x)) return false;
  if (x.t === 'call') return typeof x.id === 'number' && isObject(x.call) && typeof x.call.op === 'string';
  return x.t === 'exit' && isObject(x.exit) && typeof x.exit.kind === 'string';
}

export function isToWorker(x: unknown): x is ToWorker {
  if (!isObject(x)) return false;
  if (x.t === 'reply') return typeof x.id === 'number' && isObject(x.reply) && typeof x.reply.ok === 'boolean';
  return x.t === 'init' && isObject(x.init);
}
