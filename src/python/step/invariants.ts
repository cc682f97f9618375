// Invariants a search checks after every step, from the run's events (cheap:
// each checker keeps its place in the event list). A factory, because a
// checker remembers what it saw in its run.

import type { VmEvent } from '../vm/events';

/**
 * What an invariant reads of a run: its events, output, end and globals. Both
 * steppers are one (StepSession, WorkerStepSession), so the same schedule gets
 * the same verdict on one worker and on real workers.
 */
export interface JudgedRun {
  readonly events: readonly VmEvent[];
  readonly stdout: string;
  readonly finished: boolean;
  readonly deadlock: string | null;
  /** The repr of a module global, or undefined when unbound. */
  global(name: string): string | undefined;
}

/** Makes a fresh checker for one run: the violation in words, or null while the run is fine. */
export type Invariant = () => (s: JudgedRun) => string | null;

/**
 * Every store to `name` must lower it, and it must never go below zero: a
 * store that does not lower it sold a ticket twice (two sellers loaded the
 * same value), one below zero oversold.
 */
export function neverSoldTwice(name = 'ticket', belowZero = true): Invariant {
  return () => {
    let seen = 0;
    let low = Infinity;
    return (s) => {
      const ev = s.events;
      for (; seen < ev.length; seen++) {
        const e = ev[seen];
        if (!e || e.kind !== 'global-store' || e.name !== name || e.num === null || e.old === null) continue;
        if (belowZero && e.num < 0) return `${name} went below zero (${e.value}): a ticket was sold that did not exist`;
        if (e.num >= low) return `${name} was stored as ${e.value} again: two sellers sold the same ticket`;
        low = e.num;
      }
      return null;
    };
  };
}

/** The run must not end in a deadlock. */
export function noDeadlock(): Invariant {
  return () => (s) => s.deadlock;
}

/** At the end of the run, `name` must be `expected` (a lost update leaves it short). */
export function finalValue(name: string, expected: string): Invariant {
  return () => (s) => {
    if (!s.finished || s.deadlock) return null;
    const v = s.global(name);
    return v === expected ? null : `${name} ended as ${v ?? 'unbound'}, not ${expected}: an update was lost`;
  };
}

/** Breaks when any of the invariants breaks. */
export function all(...invs: Invariant[]): Invariant {
  return () => {
    const checks = invs.map((f) => f());
    return (s) => {
      for (const c of checks) {
        const v = c(s);
        if (v !== null) return v;
      }
      return null;
    };
  };
}

/** No thread may end with an uncaught exception (the consumer that pops from an empty buffer). */
export function noException(): Invariant {
  return () => {
    let seen = 0;
    return (s) => {
      const ev = s.events;
      for (; seen < ev.length; seen++) {
        const e = ev[seen];
        if (e?.kind === 'exception') return e.text.trimEnd().split('\n').pop() ?? 'an exception';
      }
      return null;
    };
  };
}

/** `name` must never be stored below zero (a ticket sold that did not exist, an overdrawn account). */
export function neverBelowZero(name: string): Invariant {
  return () => {
    let seen = 0;
    return (s) => {
      const ev = s.events;
      for (; seen < ev.length; seen++) {
        const e = ev[seen];
        if (e?.kind === 'global-store' && e.name === name && e.num !== null && e.num < 0) return `${name} went below zero (${e.value})`;
      }
      return null;
    };
  };
}

/** The program's output must never match `pattern` (a regular expression's source). */
export function outputNever(pattern: string): Invariant {
  const re = new RegExp(pattern);
  return () => (s) => (re.test(s.stdout) ? `the output matched /${pattern}/` : null);
}
