/**
 * Virtual time under stress: 8 real workers, thousands of sleeps, lock and
 * queue waits with timeouts, at max speed. No wait ends early, the clock never
 * goes back, and no wake-up is lost (the run ends; nothing hangs).
 */
import { describe, expect, it } from 'vitest';
import { SPEED_INSTANT } from '../runtime/virtual-time';
import type { ThreadInit } from '../runtime/thread-context';
import { RunDriver, type RunReport } from './driver';
import type { StressReport } from './fixtures/clock-stress.node';
import type { RunSpec } from './run';
import { spawnNodeThread } from './node-spawner.node';
import type { SpawnedThread } from './spawner';

const entry = new URL('./fixtures/clock-stress.node.ts', import.meta.url);
const WORKERS = 8;
const OPS = 300;

function runStress(workers: number, mode: 'mix' | 'timeout'): Promise<{ report: RunReport; reports: StressReport[] }> {
    const reports: StressReport[] = [];
    const spawn = (init: ThreadInit): SpawnedThread =>
      spawnNodeThread(entry, { ...init, seed: 1 + init.worker * 7919, ops: OPS, mode }, (m) => reports.push(m as StressReport));
    const spec: RunSpec = {
      scenario: 'stress',
      params: {},
      threads: Array.from({ length: workers }, (_, i) => ({ name: `Thread-${i + 1}`, target: 'stress', process: 0, pid: 1 })),
      globalNames: ['held'],
      globalsByProcess: [[0]],
      lockNames: ['lock'],
      queues: [{ name: 'q', maxsize: 2, kind: 'thread' }],
      speed: SPEED_INSTANT,
    };
    return new Promise<RunReport>((resolve) => {
      new RunDriver(
        spec,
        spawn,
        {
          onEvents: () => {},
          onStatus: (r) => {
            if (r.status !== 'running' && r.status !== 'paused') resolve(r);
          },
        },
        (fn) => {
          const h = setTimeout(fn, 5);
          return () => clearTimeout(h);
        },
      );
    }).then((report) => ({ report, reports }));
}

describe('virtual time under stress', () => {
  it('8 workers, 2400 timed waits: none early, time monotonic, none lost', async () => {
    const { report, reports } = await runStress(WORKERS, 'mix');
    expect(report.status).toBe('finished');
    expect(reports).toHaveLength(WORKERS);
    expect(reports.flatMap((r) => r.violations)).toEqual([]);
    expect(reports.reduce((n, r) => n + r.ops, 0)).toBe(WORKERS * OPS);
    // Thousands of waits of up to 0.1 s: simulated time passed, and every worker saw it.
    expect(Math.min(...reports.map((r) => r.lastNow))).toBeGreaterThan(1);
  }, 60_000);

  it('acquire(timeout=0.5) on a held lock gives up after exactly 0.5 simulated seconds at max speed', async () => {
    const { report, reports } = await runStress(2, 'timeout');
    expect(report.status).toBe('finished');
    const waiter = reports.find((r) => r.took !== undefined);
    expect(waiter?.acquired).toBe(false);
    expect(waiter?.took ?? NaN).toBeGreaterThanOrEqual(0.5);
    expect(waiter?.took ?? NaN).toBeLessThan(0.501);
    expect(report.simEnd).toBeGreaterThanOrEqual(10);
  }, 30_000);
});
