/**
 * A sleep-and-print workload on the message runtime (no shared memory: every call a message
 * to the broker), on real worker_threads, under the driver. (The ticket
 * lesson runs its own Python on the VM now, which needs no shared memory:
 * src/scenarios/ticket/ticket.test.ts; locks and deadlocks of this runtime:
 * broker.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { RunDriver, type RunReport } from '../engine/driver';
import { nodeSpawner } from '../engine/node-spawner.node';
import { paramDefaults } from '../scenarios/scenario';
import { workloadScenario } from '../scenarios/workload/scenario';
import { messageRun } from './index';
import { nodeMessageSpawner } from './node-spawner.node';

const onMessages = messageRun(nodeMessageSpawner);

describe('a MessageRun under the driver', () => {
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('pause parks every thread: no event and no simulated time until resume', async () => {
    const params = { ...paramDefaults(workloadScenario), threads: 2, iterations: 10, sleep: 0.2 };
    const spec = { ...workloadScenario.runSpec(params), speed: 10 };
    let events = 0;
    let end: (r: RunReport) => void = () => {};
    const ended = new Promise<RunReport>((resolve) => (end = resolve));
    const driver = new RunDriver(
      spec,
      nodeSpawner, // unused: the message run starts its own workers
      {
        onEvents: (ev) => (events += ev.length),
        onStatus: (r) => {
          if (r.status !== 'running' && r.status !== 'paused') end(r);
        },
      },
      (fn) => {
        const h = setTimeout(fn, 10);
        return () => clearTimeout(h);
      },
      onMessages,
    );
    while (events < 20) await wait(10);
    driver.pause();
    await wait(50); // the last events written before the pause are flushed
    const seen = events;
    const sim = driver.run.simNow();
    await wait(400); // 4 simulated seconds at speed 10: every sleep would have ended
    expect(events).toBe(seen);
    expect(driver.run.simNow()).toBe(sim);
    expect(sim).toBeLessThan(2);
    driver.resume();
    const report = await ended;
    expect(report.status).toBe('finished');
    expect(events).toBeGreaterThan(seen);
  });
});
