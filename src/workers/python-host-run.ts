/**
 * One Python program in worker mode, seen from the "python host" worker: a
 * ThreadHost spawns one Web Worker per Python thread, every worker reports
 * its VmEvents, and the host merges them into one stream in run-wide order
 * (host/event-merge.ts): the same stream the page's single-worker runs send.
 * Batched and folded as there (event-batcher.ts), on a timer.
 */
import { ThreadHost, type SpawnWorker } from '../python/vm/host/host';
import type { MainPayload } from '../python/vm/worker-mode';
import { compileSource } from '../python/vm/process';
import { PySyntaxError, formatSyntaxError } from '../python/errors';
import { CompileNotSupported } from '../python/compiler-errors';
import type { VmRunRequest, VmRunResult, VmSend } from './python-vm-run';
import { EventBatcher } from './event-batcher';
import { RunControl } from '../python/vm/run-control';
import { bridgeControl } from './control-bridge';

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
  let timer: ReturnType<typeof setTimeout> | undefined;
  const batcher = new EventBatcher((out) => send(out));
  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    batcher.flush();
  };
  // The page's pause/step/speed words: their speed wins over the request's, as in the one-worker run.
  const ctl = req.control ? new RunControl(req.control) : null;
  const host = new ThreadHost({
    spawn,
    speed: typeof SharedArrayBuffer === 'undefined' ? Infinity : (ctl?.speed ?? req.speed),
    freeThreaded: req.freeThreaded === true,
    clock: req.clock,
    gilEvents: req.gil === true,
    cores: req.cores,
    // Writes arrive as events too (with the thread that wrote them); the host's own lines are in the stream.
    write: () => {},
    // Lines typed at the page's console (a SharedMailbox): input() in any thread of the main process waits for them.
    ...(req.input ? { stdin: { typed: req.input } } : {}),
    onEvents: (events) => {
      for (const ev of events) batcher.add(ev);
      timer ??= setTimeout(flush, BATCH_MS);
    },
  });
  const payload: MainPayload = { kind: 'main', source: req.source, path: req.path, argv: [req.path] };
  let over = false;
  const result = host.run(entry, payload).then((r): VmRunResult => {
    over = true;
    flush();
    return { kind: 'done', status: r.status };
  });
  if (ctl) {
    // Told after every event before the pause, as the one-worker run tells it.
    bridgeControl(ctl, host.pause, (t) => {
      flush();
      send([], t);
    }, () => over);
  }
  return {
    result,
    stop: () => {
      over = true;
      host.terminate();
    },
  };
}
