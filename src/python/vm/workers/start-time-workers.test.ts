/**
 * Issue 11: a worker's real start-up is not the program's time. For the ticket
 * lesson with 4 sellers, each seller's first step in worker mode comes at about
 * the simulated time the one-worker VM gives it (CPython starts a thread in
 * ~0.1 ms), MainThread's start() waits are as short, and its waits are named as
 * the one-worker VM names them (Event.wait inside start(), `join …` at join()).
 */
import { describe, expect, it } from 'vitest';
import { nodeSpawn } from '../host/spawn.node';
import type { VmEvent } from '../events';
import { runWorkers } from './run-workers';
import { libLoader } from '../conformance-runner.node';
import { runVm } from '../../../workers/python-vm-run';
import { paramDefaults } from '../../../scenarios/scenario';
import { ticketScenario } from '../../../scenarios/ticket/scenario';

const entry = new URL('./py-thread.node.ts', import.meta.url).href;
/** Simulated seconds a worker-mode start may differ from the one-worker VM's (was 0.2–0.35 s late; now ~0.02). */
const SLACK = 0.15;
/** Simulated seconds start()'s Event.wait may last: a thread's bootstrap (~2 ms now; 50 ms+ when a worker's cold bootstrap counted). */
const START_WAIT = 0.025;

type Wait = { what: string; start: number; end: number };

function firstSteps(events: readonly VmEvent[]): Map<string, number> {
  const names = new Map<number, string>();
  const first = new Map<string, number>();
  for (const e of events) {
    if (e.kind === 'thread-start') names.set(e.ident, e.name);
    else if ('ident' in e && e.kind !== 'thread-name') {
      const n = names.get(e.ident);
      if (n !== undefined && n !== 'MainThread' && !first.has(n)) first.set(n, e.t);
    }
  }
  return first;
}

function mainWaits(events: readonly VmEvent[]): Wait[] {
  const main = events.find((e) => e.kind === 'thread-start' && e.name === 'MainThread');
  const ident = main && 'ident' in main ? main.ident : -1;
  const out: Wait[] = [];
  for (const e of events) {
    if (!('ident' in e) || e.ident !== ident) continue;
    if (e.kind === 'wait-start') out.push({ what: e.what, start: e.t, end: Infinity });
    else if (e.kind === 'wait-end') {
      const w = out[out.length - 1];
      if (w) w.end = e.t;
    }
  }
  return out;
}

describe('worker mode: thread start-up costs no simulated time (issue 11)', () => {
  it('ticket lesson, 4 sellers, lock off: sellers start when the one-worker VM starts them; MainThread waits as there', async () => {
    const code = ticketScenario.source({ ...paramDefaults(ticketScenario), lock: false, threads: 4 }, 'en').code;
    const single: VmEvent[] = [];
    runVm({ source: code, path: 'main.py', speed: Infinity }, libLoader(), (b) => single.push(...b));
    const workers: VmEvent[] = [];
    await runWorkers({ source: code, path: 'main.py', spawn: nodeSpawn, entry, onEvents: (b) => workers.push(...b) });

    const s = firstSteps(single);
    const w = firstSteps(workers);
    expect([...w.keys()]).toEqual([...s.keys()]);
    expect(s.size).toBe(4);
    for (const [name, t] of s) expect(Math.abs((w.get(name) ?? Infinity) - t), name).toBeLessThan(SLACK);

    const sw = mainWaits(single);
    const ww = mainWaits(workers);
    // The same waits, named the same: start()'s Event.wait, then `join <name>` — never a bare lock wait.
    // (How many joins block is a race of the sellers' last sleeps, in both modes.)
    const kind = (x: Wait): string => (x.what.startsWith('join ') ? 'join' : x.what);
    expect(new Set(ww.map(kind))).toEqual(new Set(sw.map(kind)));
    expect(ww.filter((x) => x.what === 'Event.wait').map((x) => x.what)).toEqual(sw.filter((x) => x.what === 'Event.wait').map((x) => x.what));
    expect(ww.some((x) => x.what === 'lock.acquire()')).toBe(false);
    expect(ww.filter((x) => x.what.startsWith('join ')).length).toBeGreaterThan(0);
    // start()'s waits last what a thread's bootstrap lasts, not a worker's start-up.
    for (const x of ww.filter((y) => y.what === 'Event.wait')) expect(x.end - x.start).toBeLessThan(START_WAIT);
  }, 120_000);
});

describe("the program's time begins at its first line, not at its host's start-up", () => {
  // Thousands of functions to compile: a start-up long enough to see, whatever the machine.
  const big = `${Array.from({ length: 3000 }, (_, i) => `def f${i}(x):\n    return x + ${i}\n`).join('')}print(f2999(1))\n`;
  const processStart = (events: readonly VmEvent[]): number => events.find((e) => e.kind === 'process-start')?.t ?? NaN;

  it('one worker: the main process starts at 0, after its script compiled', () => {
    const events: VmEvent[] = [];
    const r = runVm({ source: big, path: 'main.py', speed: Infinity }, libLoader(), (b) => events.push(...b));
    expect(r.kind === 'done' && r.status).toBe(0);
    expect(processStart(events)).toBe(0);
  }, 60_000);

  it("worker mode: the main worker's heap, builtins and compiling hold the run's clock", async () => {
    const events: VmEvent[] = [];
    const t0 = performance.now();
    let firstMs = NaN;
    const r = await runWorkers({
      source: big, path: 'main.py', spawn: nodeSpawn, entry,
      onEvents: (b) => {
        if (Number.isNaN(firstMs)) firstMs = performance.now() - t0;
        events.push(...b);
      },
    });
    expect(r.stdout).toBe('3000\n');
    // Before, the whole start-up (the real time to the first event, most of it) was on the program's clock.
    expect(processStart(events)).toBeLessThan((0.1 * firstMs) / 1000);
  }, 120_000);
});
