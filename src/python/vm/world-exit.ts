// What happens when a thread's run ends: a report to runCall's caller, a child process's exit status, the
// main thread's uncaught exception or SystemExit, threading._shutdown and the wait for non-daemon threads.

import { PyException, PyType, type PyVal } from './objects';
import { EXC, isSubtype } from './types';
import * as ops from './ops';
import type { Process } from './process';
import type { Thread } from './wait';
import type { World } from './world';

export function finished(w: World, proc: Process, th: Thread): void {
  const e = th.error;
  th.error = null;
  if (w.ev && (th !== proc.mainThread || proc.isChild)) w.emit({ kind: 'thread-end', ...w.who(th) });
  if (th.report) {
    th.state = 'done';
    th.report(th.result, e);
    return;
  }
  if (th === proc.mainThread && proc.isChild) {
    if (e && !isSubtype(e.cls, EXC.SystemExit as PyType)) uncaught(w, th, proc.formatException(e));
    if (proc.exitStatus === null) {
      const code = e && isSubtype(e.cls, EXC.SystemExit as PyType) ? (e.args[0] ?? null) : e ? 1n : th.result;
      proc.exitStatus = typeof code === 'bigint' || typeof code === 'boolean' ? Number(ops.toBig(code)) : code === null ? 0 : 1;
    }
    for (const t of proc.threads) t.state = 'done';
    proc.done = true;
    w.emit({ kind: 'process-end', t: w.clock.now(), pid: proc.pid, status: proc.exitStatus ?? 0 });
    return;
  }
  if (th === proc.mainThread) {
    if (e) mainError(w, proc, e);
    else if (proc.exitStatus === null && th.frames.length === 0) proc.exitStatus = typeof th.result === 'bigint' && proc !== w.procs[0] ? Number(th.result) : proc.exitStatus;
    shutdown(w, proc, th);
    return;
  }
  if (e && !(isSubtype(e.cls, EXC.SystemExit as PyType))) {
    w.write(2, `Exception in thread ${th.name}:\n${proc.formatException(e)}`);
  }
  th.doneLock?.release();
}

export function mainError(w: World, proc: Process, e: PyException): void {
  if (isSubtype(e.cls, EXC.SystemExit as PyType)) {
    const code: PyVal = e.args.length ? (e.args[0] as PyVal) : null;
    if (code === null) proc.exitStatus = 0;
    else if (typeof code === 'bigint' || typeof code === 'boolean') proc.exitStatus = Number(ops.toBig(code)) & 0xff;
    else {
      w.write(2, `${ops.str(code)}\n`);
      proc.exitStatus = 1;
    }
    return;
  }
  uncaught(w, proc.mainThread, proc.formatException(e));
  proc.exitStatus = 1;
}

/** An exception that ended th, with the text CPython prints (the event first, then the write of that text). */
export function uncaught(w: World, th: Thread, text: string): void {
  if (w.ev) w.emit({ kind: 'exception', ...w.who(th), text });
  w.write(2, text);
}

/** After the main module: threading._shutdown() if threading was imported, then wait for non-daemon threads. */
export function shutdown(w: World, proc: Process, main: Thread): void {
  if (!proc.shutdownCalled) {
    proc.shutdownCalled = true;
    const threading = proc.modules.getStr('threading');
    const sd = threading ? ops.getAttrOpt(threading, '_shutdown') : undefined;
    if (sd !== undefined) {
      main.state = 'ready';
      // Stepped on workers: the module's end ends a step, as in the one-worker stepper (_shutdown runs in the next one).
      w.worker?.rt.parkStep(0, 0, true);
      proc.startCall(main, sd, [], null);
      return;
    }
  }
  const others = proc.threads.filter((t) => t !== main && !t.daemon);
  if (others.some((t) => t.state !== 'done')) {
    main.state = 'blocked';
    main.wait = { what: 'the end of the other threads', deadline: null, timeout: null, poll: () => (others.every((t) => t.state === 'done') ? null : undefined) };
    return;
  }
  main.state = 'done';
  for (const t of proc.threads) t.state = 'done';
  if (w.ev) {
    w.emit({ kind: 'thread-end', ...w.who(main) });
    w.emit({ kind: 'process-end', t: w.clock.now(), pid: proc.pid, status: proc.exitStatus ?? 0 });
  }
}
