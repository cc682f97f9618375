/**
 * When the page drains slowly and a worker's event ring fills, the worker
 * waits: nothing is lost, and the driver says the view is behind.
 */
import { describe, expect, it } from 'vitest';
import { paramDefaults } from '../scenarios/scenario';
import { workloadScenario } from '../scenarios/workload/scenario';
import { applyEvents, emptyTrace } from '../trace/model';
import { RunDriver, type RunReport } from './driver';
import { nodeSpawner } from './node-spawner.node';

describe('a full event ring', () => {
  it('makes the thread wait, loses no event, and reports that the view is behind', async () => {
    const params = { ...paramDefaults(workloadScenario), threads: 2, iterations: 150, sleep: 0.001 };
    // 2 KiB rings hold a few dozen events; the "page" drains only every 150 ms.
    const spec = { ...workloadScenario.runSpec(params), speed: 100, ringBytes: 2048 };
    const trace = emptyTrace(spec.threads.map((t) => t.name));
    let behind = 0;
    const report = await new Promise<RunReport>((resolve) => {
      new RunDriver(
        spec,
        nodeSpawner,
        {
          onEvents: (ev) => applyEvents(trace, ev),
          onBehind: () => behind++,
          onStatus: (r) => {
            if (r.status !== 'running' && r.status !== 'paused') resolve(r);
          },
        },
        (fn) => {
          const h = setTimeout(fn, 150);
          return () => clearTimeout(h);
        },
      );
    });
    expect(report.status).toBe('finished');
    expect(behind).toBeGreaterThan(0);
    expect(trace.console.filter((c) => c.text === 'A')).toHaveLength(150);
    expect(trace.console.filter((c) => c.text === 'B')).toHaveLength(150);
  });
});
