/**
 * The page's pause/step/speed words (run-control.ts) on a real run: runVm in
 * a worker_thread, as the page's Web Worker runs it, driven from this thread.
 */
import { describe, expect, it } from 'vitest';
import { tsWorker } from '../engine/ts-worker.node';
import type { VmEvent } from '../python/vm/events';
import { RunControl } from '../python/vm/run-control';
import type { VmRunRequest, VmRunResult } from './python-vm-run';

const entry = new URL('./python-vm.node.ts', import.meta.url);

type Message = { kind: 'events'; batch: VmEvent[]; pausedAt?: number } | { kind: 'result'; result: VmRunResult };

interface Session {
  ctl: RunControl;
  events: VmEvent[];
  /** Real ms (performance.now) each event arrived. */
  arrived: number[];
  pauses: number[];
  /** Resolves when the next "paused" word comes. */
  nextPause(): Promise<number>;
  /** Resolves when an event matching `p` has arrived. */
  until(p: (e: VmEvent) => boolean): Promise<void>;
  result: Promise<VmRunResult>;
  stop(): void;
}

function start(source: string, speed: number, paused = false): Session {
  const ctl = RunControl.create(speed);
  if (paused) ctl.pause();
  const req: VmRunRequest = { source, path: 'main.py', speed, control: ctl.buffer };
  const w = tsWorker(entry, req);
  const events: VmEvent[] = [];
  const arrived: number[] = [];
  const pauses: number[] = [];
  let onPause: ((t: number) => void) | null = null;
  let watch: { p: (e: VmEvent) => boolean; done: () => void } | null = null;
  const result = new Promise<VmRunResult>((resolve, reject) => {
    w.on('message', (m: Message) => {
      if (m.kind === 'result') return resolve(m.result);
      for (const e of m.batch) {
        // A pause's report of each thread's locals (the watch's) is not something the program did.
        if (e.kind === 'step-locals' || e.kind === 'watch-state') continue;
        events.push(e);
        arrived.push(performance.now());
        if (watch?.p(e)) {
          watch.done();
          watch = null;
        }
      }
      if (m.pausedAt !== undefined) {
        pauses.push(m.pausedAt);
        onPause?.(m.pausedAt);
        onPause = null;
      }
    });
    w.once('error', reject);
  });
  result.finally(() => void w.terminate()).catch(() => {});
  return {
    ctl,
    events,
    arrived,
    pauses,
    result,
    nextPause: () => new Promise((r) => (onPause = r)),
    until: (p) =>
      new Promise<void>((r) => {
        if (events.some(p)) r();
        else watch = { p, done: r };
      }),
    stop: () => void w.terminate(),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const writes = (evs: readonly VmEvent[]) => evs.filter((e): e is Extract<VmEvent, { kind: 'write' }> => e.kind === 'write');

const SLEEPER = ['import time', 'for i in range(6):', '    time.sleep(0.5)', '    print(i)', ''].join('\n');

describe('run control: pause, step and speed on the VM through runVm', () => {
  it('pause freezes virtual time: nothing happens while paused, and the program ends at the same simulated time', async () => {
    const s = start(SLEEPER, 10);
    await s.until((e) => e.kind === 'write' && e.text === '1\n');
    const paused = s.nextPause();
    s.ctl.pause();
    const at = await paused;
    const n = s.events.length;
    const heldFrom = performance.now();
    await sleep(800);
    expect(s.ctl.held).toBe(true);
    expect(s.events.length).toBe(n);
    s.ctl.resume();
    expect(await s.result).toEqual({ kind: 'done', status: 0 });
    const ws = writes(s.events);
    expect(ws.map((e) => e.text).join('')).toBe('0\n1\n2\n3\n4\n5\n');
    // 800 ms paused at speed 10 would be 8 simulated seconds; at the real rate 0.8: neither counts.
    expect(at).toBeGreaterThanOrEqual(1);
    expect(at).toBeLessThan(2.6);
    const five = ws.find((e) => e.text === '5\n');
    expect(five?.t).toBeGreaterThanOrEqual(3);
    expect(five?.t).toBeLessThan(3.1);
    // The pause was real: the next print came after it.
    const nextArrival = s.arrived[n] ?? 0;
    expect(nextArrival - heldFrom).toBeGreaterThan(700);
  }, 60_000);

  it('an endless loop that never blocks pauses too, and its clock stands still', async () => {
    const s = start(['x = 0', 'while True:', '    x += 1', ''].join('\n'), 1);
    await s.until((e) => e.kind === 'global-store');
    await sleep(100);
    const first = s.nextPause();
    s.ctl.pause();
    const a = await first;
    s.ctl.resume();
    await sleep(50);
    const second = s.nextPause();
    s.ctl.pause();
    await sleep(600);
    const b = await second;
    // 600 ms real while paused; resumed for only ~50 ms of them.
    expect(b - a).toBeLessThan(0.4);
    expect(b).toBeGreaterThan(a);
    s.stop();
  }, 60_000);

  it('step: from a pause, exactly one event happens, then the run stands paused again', async () => {
    const s = start(SLEEPER, 50, true);
    await s.nextPause();
    const counts: number[] = [s.events.length];
    for (let i = 0; i < 8; i++) {
      const p = s.nextPause();
      s.ctl.step();
      await p;
      counts.push(s.events.length);
    }
    // Each step: one event more (the process start was the first, where the run paused).
    expect(counts.map((c, i) => c - (counts[i - 1] ?? c - 1))).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    await sleep(300);
    expect(s.events.length).toBe(counts[8]);
    s.ctl.resume();
    expect(await s.result).toEqual({ kind: 'done', status: 0 });
    expect(writes(s.events).map((e) => e.text).join('')).toBe('0\n1\n2\n3\n4\n5\n');
  }, 60_000);

  it('a speed change applies to a live run: a 3 s sleep at speed 1 ends soon after the speed goes to 100', async () => {
    const s = start(['import time', "print('a')", 'time.sleep(3)', "print('b')", ''].join('\n'), 1);
    await s.until((e) => e.kind === 'write');
    const t0 = performance.now();
    await sleep(200);
    s.ctl.setSpeed(100);
    expect(await s.result).toEqual({ kind: 'done', status: 0 });
    expect(performance.now() - t0).toBeLessThan(1500);
    const b = writes(s.events).find((e) => e.text === 'b\n');
    // Simulated time is the program's: 3 s of sleep, whatever the speed did meanwhile.
    expect(b?.t).toBeGreaterThanOrEqual(3);
    expect(b?.t).toBeLessThan(3.1);
  }, 60_000);
});
