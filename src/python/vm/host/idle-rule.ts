// The rule for a run in which no thread can run right now, written once for
// both schedulers (single-worker world.ts and the worker host's thread table):
// a thread still starting means wait; otherwise jump to the earliest deadline;
// with no deadline at all, CPython would hang forever: a deadlock, reported as
// one `deadlock:` line naming who waits on what (the run then exits with 3) —
// unless someone waits for a typed line, which may still come: time then runs
// at the real rate, as it does for a person at the keyboard.

export interface IdleThread {
  name: string;
  /** The process's name, shown only when the run has several processes. */
  proc: string;
  state: 'starting' | 'blocked';
  /** Simulated seconds when the wait times out; null for never. */
  deadline: number | null;
  what: string;
  /** Waiting for a line of stdin that may still be typed (never a deadlock). */
  input?: boolean;
}

export type IdleDecision =
  | { kind: 'wait' }
  | { kind: 'finished' }
  | { kind: 'jump'; to: number }
  | { kind: 'input' }
  | { kind: 'deadlock'; line: string };

export function decideIdle(live: readonly IdleThread[], multiProcess: boolean): IdleDecision {
  if (!live.length) return { kind: 'finished' };
  if (live.some((t) => t.state === 'starting')) return { kind: 'wait' };
  let to = Infinity;
  for (const t of live) if (t.deadline !== null && t.deadline < to) to = t.deadline;
  if (to !== Infinity) return { kind: 'jump', to };
  if (live.some((t) => t.input === true)) return { kind: 'input' };
  return { kind: 'deadlock', line: deadlockLine(live, multiProcess) };
}

export function deadlockLine(live: readonly IdleThread[], multiProcess: boolean): string {
  const parts = live.map((t) => `${multiProcess ? `${t.proc} ` : ''}${t.name} waits on ${t.what || '?'}`);
  return `deadlock: every thread is blocked with nothing left to wake it: ${parts.join('; ')}\n`;
}
