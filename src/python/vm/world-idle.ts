// When no thread can run: jump the clock to the earliest deadline (sleeping the real time at the run's
// speed, or the page's live speed), wait for a typed line, or report the deadlock.

import type { Process } from './process';
import type { Thread } from './wait';
import type { World } from './world';
import type { RunGate } from './run-control';
import type { InputSource } from './input';
import { decideIdle, type IdleThread } from './host/idle-rule';
import { TimeLimit } from './world-options';

function sleepReal(ms: number): void {
  if (ms <= 0) return;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(ms, 60000));
}

/**
 * No thread can run: the idle rule shared with the worker host
 * (host/idle-rule.ts). True after a jump to the earliest deadline; false
 * after a deadlock was reported.
 */
export function idle(w: World, live: [Process, Thread][]): boolean {
  if (w.opts.input && live.some(([, t]) => t.wait?.input)) return waitForInput(w, live, w.opts.input);
  const view: IdleThread[] = live.map(([p, t]) => ({ name: t.name, proc: p.name, state: 'blocked', deadline: t.wait?.deadline ?? null, what: t.wait?.what ?? '?' }));
  const d = decideIdle(view, w.procs.length > 1);
  if (d.kind === 'jump') {
    if (w.free) d.to = w.free.coalesce(d.to, view);
    if (w.opts.control) sleepControlled(w, d.to, w.opts.control);
    else if (Number.isFinite(w.opts.speed)) {
      // Everyone sleeps for real now: what they did before goes to the watcher first, not after the sleep.
      w.opts.flush?.();
      sleepReal(((d.to - w.clock.now()) * 1000) / w.opts.speed);
    }
    w.clock.jumpTo(d.to);
    return true;
  }
  if (d.kind === 'deadlock') {
    w.deadlocked = true;
    w.emit({ kind: 'deadlock', t: w.clock.now(), text: d.line });
    w.write(2, d.line);
  }
  for (const [, t] of live) t.state = 'done';
  return false;
}

/**
 * Everyone sleeps until `to`, in real time at the page's speed of the
 * moment: a speed change or a pause wakes the nap, and the clock advances
 * by the real time slept times the speed (not at the real rate).
 */
export function sleepControlled(w: World, to: number, c: RunGate): void {
  for (;;) {
    const speed = c.speed();
    const now = w.clock.now();
    if (!(speed > 0) || !Number.isFinite(speed) || now >= to) return;
    w.opts.flush?.();
    const ms = ((to - now) * 1000) / speed;
    const t0 = performance.now();
    c.nap(ms);
    const real = performance.now() - t0;
    w.clock.skip(real);
    if (real >= ms) return;
    w.clock.jumpTo(now + (real / 1000) * speed);
    w.honourPause();
  }
}

/**
 * Someone waits for a typed line: real time passes until one comes, the
 * clock running with it (at `speed` up to the next deadline, as a jump would).
 */
export function waitForInput(w: World, live: [Process, Thread][], input: InputSource): boolean {
  let to = Infinity;
  for (const [, t] of live) if (t.wait?.deadline != null && t.wait.deadline < to) to = t.wait.deadline;
  if (w.opts.control) w.honourPause();
  const now = w.clock.now();
  const liveSpeed = w.opts.control?.speed() ?? w.opts.speed;
  // Toward a deadline the clock plays at `speed`, as a jump would; with none, at the real rate.
  const speed = to !== Infinity && Number.isFinite(liveSpeed) ? liveSpeed : 1;
  if (to !== Infinity && !Number.isFinite(liveSpeed)) {
    w.clock.jumpTo(to);
    return true;
  }
  w.opts.flush?.();
  if (performance.now() > w.killAt) throw new TimeLimit('time limit exceeded');
  const ms = to === Infinity ? 1000 : ((to - now) * 1000) / speed;
  const start = performance.now();
  const typed = input.wait(Math.min(ms, 1000));
  const passed = ((performance.now() - start) / 1000) * speed;
  w.clock.jumpTo(typed || to === Infinity ? now + passed : Math.min(to, now + passed));
  return true;
}
