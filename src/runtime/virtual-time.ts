/**
 * The rule of virtual time, as pure arithmetic shared by both runtimes (the
 * rule of Go's testing/synctest and trio's autojump clock):
 *
 * - while any thread of the run executes, simulated time runs at the real
 *   rate (slower in slow motion, speed < 1, so the eye can follow);
 * - when every thread is blocked, it jumps to the earliest deadline. A jump is
 *   played at `speed` simulated seconds per real second, and at once at `max`.
 *
 * So speed changes only how fast a person watches, never what a program sees.
 *
 * A pace is a line with one knee: from (realBase, simBase) simulated time
 * grows at `rate` until it reaches `knee`, then at `after`. A jump to a
 * deadline d is a knee at d, so it ends exactly there without anyone acting,
 * and the thread that slept until d finds time flowing at the real rate again.
 */
export interface Pace {
  /** Simulated seconds at realBase. */
  simBase: number;
  /** Real milliseconds. */
  realBase: number;
  /** Simulated seconds per real second until the knee. */
  rate: number;
  /** Simulated seconds where the rate becomes `after` (Infinity: never). */
  knee: number;
  after: number;
}

/** The fastest speed: jumps take no real time at all (`speed=max`). */
export const SPEED_INSTANT = Infinity;

/** How fast simulated time runs while some thread executes. */
export function runRate(speed: number): number {
  return speed >= 1 ? 1 : speed;
}

export function runningPace(sim: number, real: number, speed: number): Pace {
  const r = runRate(speed);
  return { simBase: sim, realBase: real, rate: r, knee: Infinity, after: r };
}

/** Simulated seconds at real time `real` (ms). */
export function simAt(p: Pace, real: number): number {
  const dt = Math.max(0, real - p.realBase) / 1000;
  const s = p.simBase + dt * p.rate;
  if (s <= p.knee) return s;
  const realKnee = p.realBase + ((p.knee - p.simBase) / p.rate) * 1000;
  return p.knee + (Math.max(0, real - realKnee) / 1000) * p.after;
}

/** Real time (ms) at which simulated time reaches `sim`; Infinity if it never does. */
export function realAt(p: Pace, sim: number): number {
  if (sim <= p.simBase) return p.realBase;
  if (sim <= p.knee) return p.rate > 0 ? p.realBase + ((sim - p.simBase) / p.rate) * 1000 : Infinity;
  if (!(p.rate > 0) || !(p.after > 0)) return Infinity;
  const realKnee = p.realBase + ((p.knee - p.simBase) / p.rate) * 1000;
  return realKnee + ((sim - p.knee) / p.after) * 1000;
}

/**
 * The pace of a jump from `sim` (now) to `target`, played at `speed`; at
 * SPEED_INSTANT time is at `target` at once.
 */
export function jumpPace(sim: number, real: number, target: number, speed: number): Pace {
  const after = runRate(speed);
  if (speed === SPEED_INSTANT || target <= sim) return { simBase: Math.max(sim, target), realBase: real, rate: after, knee: Infinity, after };
  return { simBase: sim, realBase: real, rate: speed, knee: target, after };
}

/** The same pace seen from (sim, real), with a new speed; a jump in progress keeps its target. */
export function repace(p: Pace, sim: number, real: number, speed: number): Pace {
  if (sim < p.knee && p.knee !== Infinity) return jumpPace(sim, real, p.knee, speed);
  return runningPace(sim, real, speed);
}

/**
 * The same jump, but time stands still once it reaches its target, until the
 * time keeper sees the woken thread run: the real microseconds a worker takes
 * to wake are the runtime's cost, not the program's.
 */
export function jumpAndHold(sim: number, real: number, target: number, speed: number): Pace {
  const p = jumpPace(sim, real, target, speed);
  return p.knee === Infinity ? { ...p, rate: 0, after: 0 } : { ...p, after: 0 };
}

/** Whether time stands still (a jump reached its target and holds there). */
export function holding(p: Pace, sim: number): boolean {
  return p.knee === Infinity ? p.rate === 0 : sim >= p.knee && p.after === 0;
}

/** The target of the jump in progress at `sim`, or null. */
export function jumpTarget(p: Pace, sim: number): number | null {
  return p.knee !== Infinity && sim < p.knee ? p.knee : null;
}
