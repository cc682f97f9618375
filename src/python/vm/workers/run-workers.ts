// Runs a program in worker mode (one worker per Python thread) on a ThreadHost:
// the CLI, the tests and the bench call this with their spawner.

import { ThreadHost, type SpawnWorker } from '../host/host';
import type { MainPayload } from '../worker-mode';
import type { VmEvent } from '../events';
import type { Limits } from '../host/layout';

export interface WorkerRunOptions {
  source: string;
  path: string;
  spawn: SpawnWorker;
  /** URL of the thread entry (py-thread.node.ts under Node). */
  entry: string;
  argv?: string[];
  /** The program's stdin: its lines, then end of file (a pipe, as `echo … | python3 FILE.py`). */
  stdin?: string;
  /** Lines typed while it runs instead (a SharedMailbox buffer, as the page's console): input() waits for each, no end of file. */
  input?: SharedArrayBuffer;
  /** Simulated seconds per real second during jumps; Infinity (default) jumps at once. */
  speed?: number;
  freeThreaded?: boolean;
  heapBytes?: number;
  /** Streams output (the CLI); otherwise it is collected. */
  write?(fd: number, text: string): void;
  /** The run's VmEvents in their global order, all delivered before the result (ThreadHost's onEvents). */
  onEvents?(batch: VmEvent[]): void;
  /** The host, as soon as it exists (a test terminates a run that hangs). */
  onHost?(host: ThreadHost): void;
  /** The run table's sizes (threads at once, locks, processes); default DEFAULT_LIMITS. */
  limits?: Limits;
  /** 'work': the work clock (host/work-clock.ts); default the real clock. */
  clock?: 'real' | 'work';
  /** 'gil' events (with onEvents). */
  gilEvents?: boolean;
  /** Virtual cores of the work clock; default cores.ts's DEFAULT_CORES. */
  cores?: number;
}

export interface WorkerRunResult {
  stdout: string;
  stderr: string;
  status: number;
  /** Forced GIL hand-overs of the main process (eval breaker drops). */
  forced: number;
}

export async function runWorkers(o: WorkerRunOptions): Promise<WorkerRunResult> {
  let stdout = '';
  let stderr = '';
  const host = new ThreadHost({
    spawn: o.spawn,
    speed: o.speed ?? Infinity,
    freeThreaded: o.freeThreaded ?? false,
    limits: o.limits,
    onEvents: o.onEvents,
    stdin: o.input ? { typed: o.input } : { text: o.stdin ?? '' },
    clock: o.clock,
    gilEvents: o.gilEvents,
    cores: o.cores,
    write: (fd, text) => {
      if (o.write) o.write(fd, text);
      else if (fd === 2) stderr += text;
      else stdout += text;
    },
  });
  o.onHost?.(host);
  const payload: MainPayload = { kind: 'main', source: o.source, path: o.path, argv: o.argv ?? [o.path], heapBytes: o.heapBytes };
  const r = await host.run(o.entry, payload);
  return { stdout, stderr, status: r.status, forced: host.forcedSwitches(0) };
}
