/** The virtual cores' two rules: how many threads share the real core, and whose turn is next. */
import { describe, expect, it } from 'vitest';
import { FairPick, WORK_SECONDS, cpuHolders, slowdown, workClock } from './cores';
import { Clock } from './vm-clock';

interface T {
  ident: number;
}
interface P {
  threads: T[];
}

const th = (ident: number): T => ({ ident });

describe('virtual cores', () => {
  it('a process with the GIL is one holder however many of its threads are ready; free-threaded, every thread is', () => {
    const a: P = { threads: [th(1), th(2), th(3)] };
    const b: P = { threads: [th(4)] };
    const ready: [P, T][] = [[a, a.threads[0] as T], [a, a.threads[1] as T], [b, b.threads[0] as T]];
    expect(cpuHolders(ready, false)).toBe(2);
    expect(cpuHolders(ready, true)).toBe(3);
    expect(cpuHolders([], false)).toBe(0);
  });

  it('simulated time slows by the holders up to the cores, never below the real rate', () => {
    expect(slowdown(0, 4)).toBe(1);
    expect(slowdown(1, 4)).toBe(1);
    expect(slowdown(3, 4)).toBe(3);
    expect(slowdown(8, 4)).toBe(4);
    expect(slowdown(8, 0)).toBe(1);
  });

  it('turns go round the processes, and round the threads inside one: none is left out', () => {
    const a: P = { threads: [th(1), th(2), th(3)] };
    const b: P = { threads: [th(4)] };
    const procs = [a, b];
    const fair = new FairPick<P, T>(() => procs);
    const all: [P, T][] = [...a.threads.map((t) => [a, t] as [P, T]), [b, b.threads[0] as T]];
    const order = Array.from({ length: 6 }, () => fair.pick(all)?.[1].ident);
    expect(order).toEqual([1, 4, 2, 4, 3, 4]);
    // Only one process ready: its threads in turn (the old pick passed the GIL back and forth between two).
    const onlyA = all.slice(0, 3);
    expect(Array.from({ length: 4 }, () => fair.pick(onlyA)?.[1].ident)).toEqual([1, 2, 3, 1]);
  });

  it('the work clock advances by work over the slowdown, jumps to deadlines, never goes back', () => {
    const c = workClock(Clock);
    for (let i = 0; i < 1000; i++) c.tick();
    expect(c.now()).toBeCloseTo(1000 * WORK_SECONDS, 12);
    c.setRate(1 / 4);
    for (let i = 0; i < 1000; i++) c.tick();
    expect(c.now()).toBeCloseTo(1250 * WORK_SECONDS, 12);
    c.jumpTo(2);
    c.jumpTo(1);
    expect(c.now()).toBe(2);
  });
});
