// Finding the bad interleaving: many stepped runs in virtual time, each
// scheduled by a random scheduler or by PCT (Burckhardt, Kothari, Musuvathi,
// Nagarakatte, ASPLOS 2010: random distinct thread priorities, the highest
// movable thread always runs, and at d − 1 random steps the running thread
// drops below every other; a bug of depth d is found with probability at
// least 1/(n·k^(d−1)) per run for n threads and k steps). The GIL's rule
// still holds: a scheduler chooses only among the threads allowed to move.

import { StepSession, rng, type StepOptions } from './session';
import type { Invariant } from './invariants';

export type Strategy = 'random' | 'pct';

export interface SearchOptions extends StepOptions {
  strategy?: Strategy;
  /** Runs to try before giving up. */
  runs?: number;
  /** Steps per run before it counts as a run that never ends (a livelock, not a violation). */
  maxSteps?: number;
  /** PCT's bug depth d (d − 1 priority change points). */
  depth?: number;
  /** Called after every run (progress in the page). */
  onRun?(tried: number): void;
}

export type SearchResult =
  | { found: true; schedule: string; violation: string; tries: number; steps: number }
  | { found: false; tries: number; steps: number };

interface Picker {
  pick(s: StepSession, movable: number[]): number;
}

class RandomPicker implements Picker {
  constructor(private r: () => number) {}
  pick(_s: StepSession, movable: number[]): number {
    return movable[Math.floor(this.r() * movable.length)] as number;
  }
}

/** PCT's scheduler for one run. Threads met later get a random priority among the initial ones (still above every change point's). */
class PctPicker implements Picker {
  private prio = new Map<number, number>();
  private changeAt: number[];
  constructor(private r: () => number, depth: number, k: number) {
    this.changeAt = Array.from({ length: Math.max(0, depth - 1) }, () => 1 + Math.floor(r() * Math.max(1, k)));
  }
  private priority(lane: number, depth: number): number {
    let p = this.prio.get(lane);
    if (p === undefined) {
      p = depth + this.r();
      this.prio.set(lane, p);
    }
    return p;
  }
  pick(s: StepSession, movable: number[]): number {
    const d = this.changeAt.length + 1;
    let best = movable[0] as number;
    for (const l of movable) if (this.priority(l, d) > this.priority(best, d)) best = l;
    // Change point i (1-based step number): the thread taking that step drops to priority i − 1, below all others.
    const step = s.steps + 1;
    this.changeAt.forEach((at, i) => {
      if (at === step) this.prio.set(best, i);
    });
    return best;
  }
}

/** One run under `picker`; the violation, if the invariant broke. */
function runOnce(source: string, opts: SearchOptions, picker: Picker, check: ReturnType<Invariant>, maxSteps: number): { s: StepSession; violation: string | null } {
  const s = StepSession.create(source, opts);
  let v = check(s);
  while (v === null && !s.finished && s.steps < maxSteps) {
    const movable = s.movableLanes();
    if (!movable.length) break;
    s.step(picker.pick(s, movable));
    v = check(s);
  }
  return { s, violation: v };
}

export function search(source: string, invariant: Invariant, opts: SearchOptions = {}): SearchResult {
  const runs = opts.runs ?? 200;
  const maxSteps = opts.maxSteps ?? 20_000;
  const r = rng(opts.seed ?? 1);
  let k = 0;
  let steps = 0;
  for (let i = 1; i <= runs; i++) {
    const picker = opts.strategy === 'pct' ? new PctPicker(r, opts.depth ?? 2, k || 100) : new RandomPicker(r);
    const { s, violation } = runOnce(source, opts, picker, invariant(), maxSteps);
    steps += s.steps;
    k = Math.max(k, s.steps);
    opts.onRun?.(i);
    if (violation !== null) return { found: true, schedule: s.schedule, violation, tries: i, steps };
  }
  return { found: false, tries: runs, steps };
}
