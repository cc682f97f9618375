/**
 * One Python program in worker mode, seen from the "python host" worker: a
 * ThreadHost spawns one Web Worker per Python thread and this turns what it
 * reports into the VmEvent stream the page's single-worker runs send.
 *
 * Until ThreadHost emits VmEvents itself (branch wevents: an `onEvents`
 * option), the stream is the main thread's start, every write (on the main
 * thread's lane: a host write does not say which thread wrote it), a
 * deadlock line, and the exit. When it lands, `events.push` below is fed
 * by that option instead of `write`, one line.
 */
import { ThreadHost, type SpawnWorker } from '../python/vm/host/host';
import { identOfSlot, type MainPayload } from '../python/vm/worker-mode';
import { compileSource } from '../python/vm/process';
import type { VmEvent } from '../python/vm/events';
import { PySyntaxError, formatSyntaxError } from '../python/errors';
import { CompileNotSupported } from '../python/compiler-errors';
import type { VmRunRequest, VmRunResult, VmSend } from './python-vm-run';

const BATCH_MS = 30;

export interface HostedRun {
  readonly result: Promise<VmRunResult>;
  /** Reset: every thread worker of the run is terminated now. */
  stop(): void;
}

/** The program's compile problem as CPython reports it, or null when it compiles. */
export function compileProblem(source: string, path: string): VmRunResult | null {
  try {
    compileSource(source, path);
    return null;
  } catch (e) {
    if (e instanceof PySyntaxError) return { kind: 'syntax', msg: e.msg, lineno: e.lineno, offset: e.offset, text: formatSyntaxError(e, source) };
    if (e instanceof CompileNotSupported) return { kind: 'unsupported', text: `NotImplementedError: ${e.message} is not supported yet` };
    throw e;
  }
}

export function runOnThreads(req: VmRunRequest, spawn: SpawnWorker, send: VmSend, entry = 'py-thread.worker'): HostedRun {
  const problem = compileProblem(req.source, req.path);
  if (problem) return { result: Promise.resolve(problem), stop() {} };
  let batch: VmEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (batch.length === 0) return;
    const out = batch;
    batch = [];
    send(out);
  };
  const push = (e: VmEvent): void => {
    batch.push(e);
    timer ??= setTimeout(flush, BATCH_MS);
  };
  const ident = identOfSlot(0);
  const host = new ThreadHost({
    spawn,
    speed: typeof SharedArrayBuffer === 'undefined' ? Infinity : req.speed,
    freeThreaded: req.freeThreaded === true,
    write: (fd, text) => push({ kind: 'write', t: host.table.clock.now(), pid: 0, ident, line: 0, fd, text }),
  });
  push({ kind: 'process-start', t: 0, pid: 0, ppid: -1, name: 'MainProcess' });
  push({ kind: 'thread-start', t: 0, pid: 0, ident, line: 0, name: 'MainThread', daemon: false });
  const payload: MainPayload = { kind: 'main', source: req.source, path: req.path, argv: [req.path], stdin: '' };
  const result = host.run(entry, payload).then((r): VmRunResult => {
    const t = host.table.clock.now();
    if (r.deadlock !== null) push({ kind: 'deadlock', t, text: r.deadlock });
    push({ kind: 'thread-end', t, pid: 0, ident, line: 0 });
    push({ kind: 'process-end', t, pid: 0, status: r.status });
    push({ kind: 'exit', t, status: r.status });
    flush();
    return { kind: 'done', status: r.status };
  });
  return { result, stop: () => host.terminate() };
}
