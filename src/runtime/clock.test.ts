/**
 * The shared clock never goes back. Real time is stubbed so every case is
 * deterministic: the words in the shared buffers are what a publish on the
 * main thread leaves there, and a worker's SharedClock reads them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SharedClock } from './clock';
import { type Pace, simAt } from './virtual-time';

// Layout of the clock words (clock.ts): simBase, realBase, rate, knee, after, speed, release.
const SIM_BASE = 0;
const REAL_BASE = 1;

let realMs = 0;
/** Each read of real time moves it on by this much (0: time stands still between reads). */
let stepPerRead = 0;

beforeEach(() => {
  realMs = 5_000;
  stepPerRead = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => {
    const t = realMs;
    realMs += stepPerRead;
    return t;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

function paceOf(words: Float64Array): Pace {
  return { simBase: words[0] ?? 0, realBase: words[1] ?? 0, rate: words[2] ?? 1, knee: words[3] ?? Infinity, after: words[4] ?? 1 };
}

/** A running clock: a time keeper's instance and a worker's on the same memory. */
function running(speed: number): { keeper: SharedClock; worker: SharedClock; words: Float64Array } {
  const mem = SharedClock.create(speed);
  const keeper = new SharedClock(new Int32Array(mem.control), new Float64Array(mem.clock));
  keeper.resume();
  return { keeper, worker: new SharedClock(new Int32Array(mem.control), new Float64Array(mem.clock)), words: new Float64Array(mem.clock) };
}

describe('SharedClock', () => {
  it('a worker never reads a time earlier than one it read before, even when a publish rounds below it', () => {
    const { worker, words } = running(1);
    const base = performance.timeOrigin + realMs;
    realMs += 10;
    const before = worker.now();
    expect(before).toBeGreaterThan(0.009);
    // One ulp of a real-ms time base (~2.4e-7 s at today's 1.7e12 ms): the
    // main thread's base instant rounds to just before the worker's last read.
    const ulp = 2 ** (Math.floor(Math.log2(base + 10)) - 52);
    words[SIM_BASE] = before - ulp / 1000;
    words[REAL_BASE] = performance.timeOrigin + realMs;
    const after = worker.now();
    expect(after).toBeGreaterThanOrEqual(before);
  });

  it('each publish takes its simulated and real base from one instant, so it never moves time', () => {
    const { keeper, words } = running(1);
    // Real time moves on at every read, as it does between two calls.
    stepPerRead = 0.5;
    const ops: [string, () => void][] = [
      ['endJump', () => keeper.endJump()],
      ['setSpeed', () => keeper.setSpeed(2)],
      ['jumpTo', () => keeper.jumpTo(keeper.now() + 5)],
      ['endJump after a jump', () => keeper.endJump()],
      ['pause', () => keeper.pause()],
    ];
    for (const [name, op] of ops) {
      const old = paceOf(words);
      op();
      const fresh = paceOf(words);
      expect({ name, simBase: fresh.simBase }).toEqual({ name, simBase: simAt(old, fresh.realBase) });
    }
  });
});
