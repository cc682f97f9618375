/**
 * VmFacts read back from a run record (a file: outside input). Every field is
 * checked; the first bad one is named by its path, so a broken record says
 * what is wrong instead of drawing a blank outcome. JSON has no NaN: a thread
 * or process still alive at the end was written as `end: null` and comes back
 * as NaN.
 */
import type { VmCallFact, VmExceptionFact, VmFacts, VmProcessFact, VmStoreFact, VmStuck, VmThreadFact, VmWaitTotal } from './vm-trace';

/** A field that is not what VmFacts says; `path` names it (`facts.threads[1].end`). */
export class BadFact extends Error {
  constructor(readonly path: string) {
    super(`bad field ${path}`);
  }
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function obj(v: unknown, path: string): Obj {
  if (!isObj(v)) throw new BadFact(path);
  return v;
}

function num(o: Obj, k: string, path: string): number {
  const v = o[k];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new BadFact(`${path}.${k}`);
  return v;
}

/** A time that may be "not yet" (NaN, written as null). */
function endTime(o: Obj, k: string, path: string): number {
  return o[k] === null ? NaN : num(o, k, path);
}

function str(o: Obj, k: string, path: string): string {
  const v = o[k];
  if (typeof v !== 'string') throw new BadFact(`${path}.${k}`);
  return v;
}

function numOrNull(o: Obj, k: string, path: string): number | null {
  return o[k] === null ? null : num(o, k, path);
}

function strOrNull(o: Obj, k: string, path: string): string | null {
  return o[k] === null ? null : str(o, k, path);
}

function oneOf<T extends string>(o: Obj, k: string, options: readonly T[], path: string): T {
  const v = o[k];
  const hit = options.find((x) => x === v);
  if (hit === undefined) throw new BadFact(`${path}.${k}`);
  return hit;
}

function list<T>(o: Obj, k: string, path: string, item: (v: Obj, path: string) => T): T[] {
  const v = o[k];
  if (!Array.isArray(v)) throw new BadFact(`${path}.${k}`);
  return v.map((x: unknown, i) => {
    const p = `${path}.${k}[${i}]`;
    return item(obj(x, p), p);
  });
}

function strings(o: Obj, k: string, path: string): string[] {
  const v = o[k];
  if (!Array.isArray(v)) throw new BadFact(`${path}.${k}`);
  return v.map((x: unknown, i) => {
    if (typeof x !== 'string') throw new BadFact(`${path}.${k}[${i}]`);
    return x;
  });
}

const KINDS = ['lock', 'queue', 'other'] as const;

const thread = (o: Obj, p: string): VmThreadFact => ({ lane: num(o, 'lane', p), name: str(o, 'name', p), pid: num(o, 'pid', p), ident: num(o, 'ident', p), start: num(o, 'start', p), end: endTime(o, 'end', p), endLine: num(o, 'endLine', p) });
const proc = (o: Obj, p: string): VmProcessFact => ({ pid: num(o, 'pid', p), ppid: num(o, 'ppid', p), name: str(o, 'name', p), start: num(o, 'start', p), end: endTime(o, 'end', p), status: numOrNull(o, 'status', p) });
const exception = (o: Obj, p: string): VmExceptionFact => ({ thread: str(o, 'thread', p), t: num(o, 't', p), text: str(o, 'text', p), summary: str(o, 'summary', p), line: num(o, 'line', p) });
const wait = (o: Obj, p: string): VmWaitTotal => ({ on: str(o, 'on', p), kind: oneOf(o, 'kind', KINDS, p), seconds: num(o, 'seconds', p), waits: num(o, 'waits', p) });
const store = (o: Obj, p: string): VmStoreFact => ({
  pid: num(o, 'pid', p),
  name: str(o, 'name', p),
  t: num(o, 't', p),
  lane: num(o, 'lane', p),
  line: num(o, 'line', p),
  old: strOrNull(o, 'old', p),
  value: str(o, 'value', p),
  num: numOrNull(o, 'num', p),
  oldNum: numOrNull(o, 'oldNum', p),
});
function bool(o: Obj, k: string, path: string): boolean {
  const v = o[k];
  if (typeof v !== 'boolean') throw new BadFact(`${path}.${k}`);
  return v;
}
const gilHold = (o: Obj, p: string): VmFacts['gil'][number] => ({ pid: num(o, 'pid', p), lane: num(o, 'lane', p), start: num(o, 'start', p), end: endTime(o, 'end', p) });
const printed = (o: Obj, p: string): VmFacts['printed'][number] => ({ lane: num(o, 'lane', p), t: num(o, 't', p), text: str(o, 'text', p) });
const call = (o: Obj, p: string): VmCallFact => ({ fn: str(o, 'fn', p), args: str(o, 'args', p), lane: num(o, 'lane', p), start: num(o, 'start', p), end: endTime(o, 'end', p), value: str(o, 'value', p), raised: bool(o, 'raised', p) });
const stuck = (o: Obj, p: string): VmStuck => ({ thread: str(o, 'thread', p), on: str(o, 'on', p), kind: oneOf(o, 'kind', KINDS, p), holder: str(o, 'holder', p), line: num(o, 'line', p) });

/** The facts in `v`, or BadFact naming the first field that is wrong (`path` prefixes every name). */
export function readVmFacts(v: unknown, path = 'facts'): VmFacts {
  const o = obj(v, path);
  const prompt = o.prompt === null ? null : obj(o.prompt, `${path}.prompt`);
  return {
    threads: list(o, 'threads', path, thread),
    processes: list(o, 'processes', path, proc),
    exceptions: list(o, 'exceptions', path, exception),
    globals: list(o, 'globals', path, (g, p) => ({ name: str(g, 'name', p), value: str(g, 'value', p) })),
    waits: list(o, 'waits', path, wait),
    stores: list(o, 'stores', path, store),
    printed: list(o, 'printed', path, printed),
    calls: list(o, 'calls', path, call),
    gil: list(o, 'gil', path, gilHold),
    stuck: list(o, 'stuck', path, stuck),
    deadlock: str(o, 'deadlock', path),
    exitStatus: numOrNull(o, 'exitStatus', path),
    lockNames: strings(o, 'lockNames', path),
    queueNames: strings(o, 'queueNames', path),
    end: num(o, 'end', path),
    droppedLines: num(o, 'droppedLines', path),
    prompt: prompt ? { thread: str(prompt, 'thread', `${path}.prompt`), text: str(prompt, 'text', `${path}.prompt`) } : null,
  };
}
